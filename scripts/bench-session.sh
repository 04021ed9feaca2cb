#!/usr/bin/env bash
# Logs in through the login page as USER/PASSWORD and prints the session cookie, for load tools (wrk -H "Cookie: ...").
# Usage: scripts/bench-session.sh http://127.0.0.1:18090 bench Bench@2026
set -euo pipefail
base=$1 user=$2 password=$3
jar=$(mktemp)
token=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=$user&password=$password&_csrf=$token" "$base/login"
awk '$6 == "JSESSIONID" || $6 == "SESSION" {print $6 "=" $7}' "$jar"
rm -f "$jar"
