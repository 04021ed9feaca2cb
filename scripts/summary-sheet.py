#!/usr/bin/env python3
"""Writes a filled-in 活动项目汇总表 (.xlsx, inline strings, no libraries) with N rows, for the upload benchmark.
Usage: scripts/summary-sheet.py OUT.xlsx ROWS 'YYYY-MM-DD' [TITLE]"""
import datetime
import sys
import zipfile
from xml.sax.saxutils import escape

from xlsx_package import write_parts

out, rows, day = sys.argv[1], int(sys.argv[2]), sys.argv[3]
title = sys.argv[4] if len(sys.argv) > 4 else "活动项目汇总表"
start = datetime.date.fromisoformat(day)


def when(date, i):
    return f"{date.year}年{date.month}月{date.day}日 {8 + i % 10}:00-{10 + i % 10}:00"


def cell(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(text))}</t></is></c>'


def row(r, values):
    cols = "ABCDEFGH"
    return f'<row r="{r}">' + "".join(cell(f"{cols[i]}{r}", v) for i, v in enumerate(values)) + "</row>"


lines = [row(1, [title]), row(2, ["单位名称：（盖章）"]),
         row(3, ["序号", "项目名称", "举办单位", "活动时间", "活动地点", "负责人", "联系电话", "备注"])]
for i in range(rows):
    lines.append(row(4 + i, [i + 1, f"汇总表压测活动{i + 1}", "", when(start + datetime.timedelta(days=i % 6), i),
                             f"社区服务中心{i % 50}", "张老师", f"139{i:08d}", ""]))
sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + "".join(lines) + "</sheetData></worksheet>")
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    write_parts(z, "汇总表")
    z.writestr("xl/worksheets/sheet1.xml", sheet)
