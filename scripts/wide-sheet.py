#!/usr/bin/env python3
"""Writes a 活动项目汇总表 (.xlsx) built to be as large as an import allows: ROWS rows whose cells are long and only
partly alike, so that a ~3 MB file inflates to ~90 MB of sheet XML without tripping the zip-bomb ratio. Every
activity time is unreadable, so an import rejects each row instead of registering it (what an attacker's file gets).
Usage: scripts/wide-sheet.py OUT.xlsx [ROWS] [SEED]"""
import random
import sys
import zipfile

from xlsx_package import write_parts

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 59000
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
filler = "科学普及与科技创新同等重要" * 12


def noise(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def cell(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def row(r, values):
    return f'<row r="{r}">' + "".join(cell(f"{'ABCDEFGH'[i]}{r}", v) for i, v in enumerate(values)) + "</row>"


with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    write_parts(z, "汇总表")
    with z.open("xl/worksheets/sheet1.xml", "w") as sheet:
        sheet.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                     + row(1, ["活动项目汇总表"])
                     + row(3, ["序号", "项目名称", "举办单位", "活动时间", "活动地点", "负责人", "联系电话", "备注"])).encode())
        for i in range(rows):
            sheet.write(row(4 + i, [str(i + 1), "活动" + noise(6) + filler[:60], "", "时间待定" + noise(2),
                                    filler + noise(4), "张老师" + noise(1), noise(4), filler + noise(4)]).encode())
        sheet.write(b"</sheetData></worksheet>")
