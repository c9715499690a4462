"""Writes the seed inputs `make fuzz` starts each fuzz target from: a few small made-up files
per target, one for each layout the reader knows, so the fuzzer starts deep in the readers
rather than at their first check. Run from anywhere: python3 Tests/FuzzCorpus/make_seeds.py

text/        yearbook tables (grouped header, units, —, a total, notes), GB18030, long form, periods
xlsx/        whole workbooks: shared and inline strings, number formats, merged cells
xlsx-parts/  one XML part each, the first byte choosing the part (see Fuzz/Sources/fuzz-xlsx-parts)
xls/         the Workbooks tests' .xls fixtures that hold no real table
html/        pages as yearbook databases save them: colspan/rowspan, a charset, a unit table
chart/       chart files in YAML and JSON
"""
import os
import shutil
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "WorkbooksTests", "Fixtures")


def write(target, name, data):
    os.makedirs(os.path.join(HERE, target), exist_ok=True)
    with open(os.path.join(HERE, target, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


GROUPED = """2020年开发区主要指标
单位：万美元
名 称\t合同利用外资\t\t实际利用外资\t
\t实绩\t增长(%)\t实绩\t增长(%)
柯桥经济技术开发区\t1200\t12.5\t3000\t-3.1
袍江经济技术开发区\t800\t—\t2500\t0
合 计\t2000\t3.2\t5500\t1.9
注：增长按可比口径计算。
资料来源：市商务局
"""
write("text", "grouped.tsv", GROUPED)
write("text", "grouped-gb18030.tsv", GROUPED.encode("gb18030"))
write("text", "long.csv", "zone,indicator,measure,unit,year,value,flag,note\n"
      "诸暨经济开发区,工业总产值,level,亿元,2020,463,,\n诸暨经济开发区,工业总产值,level,亿元,2021,1042.8,break,合并\n"
      "诸暨经济开发区,工业总产值,level,亿元,2025,1500,target,\n")
write("text", "periods.csv", "数据库：年度数据\n指标：地区生产总值(亿元)\n时间,2022年,2021年\n\"北京市\",\"41610.9\",\"40269.6\"\n"
      "上海市,44652.8,43214.9\n数据来源：国家统计局\n")
write("text", "ranks.tsv", "名称\t2018年位次\t2019年位次\n柯桥\t3\t1\n袍江\t1\t2\n")

XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"


def rel(rid, kind, target):
    return f'<Relationship Id="{rid}" Type="{OFFICE}/{kind}" Target="{target}"/>'


def parts(sheet, strings):
    return [
        ("xl/worksheets/sheet1.xml", XML + f'<worksheet xmlns="{MAIN}"><sheetData>{sheet}</sheetData>'
         '<mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells></worksheet>'),
        ("xl/sharedStrings.xml", XML + f'<sst xmlns="{MAIN}">' + "".join(f"<si>{s}</si>" for s in strings) + "</sst>"),
        ("xl/styles.xml", XML + f'<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>'
         '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>'),
        ("xl/workbook.xml", XML + f'<workbook xmlns="{MAIN}" xmlns:r="{OFFICE}"><workbookPr date1904="0"/><sheets>'
         '<sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", XML + f'<Relationships xmlns="{PACKAGE}">' + rel("rId1", "worksheet", "worksheets/sheet1.xml")
         + rel("rId2", "sharedStrings", "sharedStrings.xml") + rel("rId3", "styles", "styles.xml") + "</Relationships>"),
        ("_rels/.rels", XML + f'<Relationships xmlns="{PACKAGE}">' + rel("rId1", "officeDocument", "xl/workbook.xml") + "</Relationships>"),
        ("[Content_Types].xml", XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="xml" ContentType="application/xml"/></Types>'),
    ]


SHEET = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
         '<row r="2"><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c></row>'
         '<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3"><v>1200</v></c><c r="C3" s="1"><v>0.125</v></c></row>'
         '<row r="4"><c r="A4" t="inlineStr"><is><t>袍江</t></is></c><c r="B4"><f>B3/2</f><v>600</v></c><c r="C4" t="str"><v>—</v></c></row>'
         '<row r="5"><c r="A5" t="s"><v>5</v></c><c r="B5"><v>44000</v></c><c r="C5"><v>1</v></c></row>')
STRINGS = ["<t>名称</t>", "<t>合同利用外资(万美元)</t>", "<t>实绩</t>", "<r><t>增长</t></r><r><t>(%)</t></r>", "<t>柯桥</t>", "<t>合计</t>"]
for name, method in [("deflated.xlsx", zipfile.ZIP_DEFLATED), ("stored.xlsx", zipfile.ZIP_STORED)]:
    path = os.path.join(HERE, "xlsx", name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", method) as z:
        for part, xml in parts(SHEET, STRINGS):
            z.writestr(zipfile.ZipInfo(part, date_time=(2021, 1, 1, 0, 0, 0)), xml, compress_type=method)
for index, (part, xml) in enumerate(parts(SHEET, STRINGS)):
    write("xlsx-parts", f"{index}-{os.path.basename(part).replace('[', '').replace(']', '')}", bytes([index]) + xml.encode("utf-8"))

os.makedirs(os.path.join(HERE, "xls"), exist_ok=True)
for name in ["sheets.xls", "dates.xls", "empty-string.xls", "password.xls"]:
    shutil.copyfile(os.path.join(FIXTURES, name), os.path.join(HERE, "xls", name))

write("html", "spans.html", '<html><head><meta charset="utf-8"><title>2020年主要指标</title></head><body>'
      "<p>2020年开发区主要指标</p><table><tr><td>单位:%</td></tr></table>"
      '<table><tr><td rowspan="2">名称</td><td colspan="2">合同利用外资(万美元)</td></tr>'
      "<tr><td>实绩</td><td>增长(%)</td></tr><tr><td>&nbsp;&nbsp;柯桥</td><td>1,200</td><td>12.5</td></tr>"
      "<tr><td>袍江</td><td>800</td><td>&nbsp;</td></tr></table><p>资料来源：市商务局</p></body></html>")
write("html", "gbk.xls", ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'
                          "<table><tr><td>指标</td><td>2022年</td><td>2021年</td></tr>"
                          "<tr><td>地区生产总值(亿元)</td><td>41610.9</td><td>40269.6</td></tr></table></body></html>").encode("gb18030"))

write("chart", "bar.yaml", "data: table.tsv\nyear: 2020\nkind: grouped\nindicator: [合同利用外资, 自营出口]\nmeasure: level\n"
      "title: 2020年各开发区\nsort: asc\norientation: vertical\nwidth: 640\nheight: 400\nscale: 1\nformats: [png, svg]\nname: out\n")
write("chart", "line.yaml", "data: series.csv\nkind: line\nindicator: 工业总产值\nlog: true\nlang: en\ntheme: grey\n"
      "zones: 诸暨经济开发区\ninclude-total: false\nsubtitle: \"单位：亿元\"\nsource: '资料来源：#1'\n")
write("chart", "slope.json", '{"data": "series.csv", "kind": "slope", "measure": "rank", "zones": ["柯桥", "袍江"], "font": "Noto Sans CJK SC"}\n')
write("chart", "dots.yaml", "data: table.tsv\nyear: 2020\nkind: dots\nmeasure: growth\nregistry: zones.tsv\nsheet: 1\nindicator-name: 增长\n")
