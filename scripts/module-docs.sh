#!/usr/bin/env bash
# Regenerates the module diagrams and canvases in docs/modules (docs/architecture.md shows them) from the code.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q test -Dtest=ModularityTests -Dsurefire.failIfNoSpecifiedTests=false -Dkepu.module-docs=docs/modules
git status --short docs/modules
