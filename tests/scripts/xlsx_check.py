#!/usr/bin/env python3
"""data/report.xlsx opened back and compared with the CSV files beside it, used by
tests/scripts/report-xlsx.sh.

  xlsx_check.py DATA_DIR ZONE

Opens DATA_DIR/report.xlsx with openpyxl (Debian's python3-openpyxl, an independent reader)
and, for each of comments, citizens, threads and months: the sheet exists ("comments (2)"...
continue one), its header row is frozen and filtered, its rows are the CSV's rows in order and
every cell holds the CSV's value with the right type:
  - ids (id, *_id, thread) and every other text: strings, in the XML too (t="s" or
    t="inlineStr", never a number), equal to the CSV field once OOXML's _xHHHH_ escapes are
    read as Excel reads them (a text cut at 32,767 characters ends with "..." and is a prefix);
  - created_at, answered_at, first_message, last_message: dates (a number with a date format)
    equal to the CSV's instant in ZONE, to the second; created_local and month likewise;
  - *_pct: a number shown as a percentage, equal to the CSV's figure / 100;
  - *_s (waits): a duration ([h]:mm:ss), equal to the CSV's seconds;
  - counts and confidence: numbers equal to the CSV's.
Prints what it checked; exits 1 with the first differences otherwise.
"""
import csv
import datetime
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from zoneinfo import ZoneInfo

import openpyxl

FILES = ["comments", "citizens", "threads", "months"]
INSTANTS = {"created_at", "answered_at", "first_message", "last_message"}
COUNTS = {"threads", "comments", "need_reply", "answered", "unanswered", "not_needed", "never_answered",
          "messages", "official_messages", "citizen_comments", "out_of_hours"}
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
CELL_CHARS = 32767

errors = []


def err(msg):
    errors.append(msg)


def kind(name):
    if name == "id" or name.endswith("_id") or name == "thread":
        return "text"
    if name in COUNTS:
        return "count"
    if name in INSTANTS:
        return "instant"
    if name == "created_local":
        return "local"
    if name == "month":
        return "month"
    if name == "confidence":
        return "decimal"
    if name.endswith("_pct"):
        return "pct"
    if name.endswith("_s"):
        return "wait"
    if name.endswith("_public") or name.endswith("_private"):
        return "count"
    return "text"


def header_of(name, zone):
    k = kind(name)
    if k == "wait":
        return name[:-2] + " (h:mm:ss)"
    if k == "instant":
        return "%s (%s)" % (name, zone)
    return name


def ooxml_unescape(s):
    # ECMA-376 ST_Xstring: _xHHHH_ is the character U+HHHH, read left to right.
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), s)


def is_plain_number(s):
    return re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", s) is not None


def excel_dt(value):
    # openpyxl gives datetimes; round to the second (a serial holds about a microsecond).
    return (value + datetime.timedelta(microseconds=500000)).replace(microsecond=0)


def check_text(where, cell, want):
    if cell.data_type != "s" or not isinstance(cell.value, str):
        err("%s: %r is not text (type %s, value %r)" % (where, want, cell.data_type, cell.value))
        return
    got = ooxml_unescape(cell.value)
    want = want.replace("\ufffe", "\ufffd").replace("\uffff", "\ufffd")
    if got == want:
        return
    if got.endswith("\u2026") and len(want) > CELL_CHARS - 1 and want.startswith(got[:-1]):
        return
    err("%s: text %r, expected %r" % (where, got[:80], want[:80]))


def check_cell(where, name, cell, want, zone, fmt_seen):
    k = kind(name)
    if want == "":
        if cell.value is not None:
            err("%s: empty in the CSV, %r in the sheet" % (where, cell.value))
        return
    if k == "text":
        check_text(where, cell, want)
        return
    fmt = cell.number_format
    if k in ("instant", "local", "month"):
        if k == "instant":
            t = datetime.datetime.fromisoformat(want.replace("Z", "+00:00"))
            expect = t.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
        elif k == "local":
            expect = datetime.datetime.strptime(want, "%Y-%m-%d %H:%M")
        else:
            expect = datetime.datetime.strptime(want, "%Y-%m")
        if not cell.is_date or not isinstance(cell.value, datetime.datetime):
            err("%s: %r is not a date (type %s, format %r, value %r)" % (where, want, cell.data_type, fmt,
                                                                          cell.value))
        elif excel_dt(cell.value) != expect:
            err("%s: %s, expected %s (%r in %s)" % (where, cell.value, expect, want, zone))
        elif "yy" not in fmt:
            err("%s: date format %r" % (where, fmt))
        else:
            fmt_seen.add(k)
        return
    if not is_plain_number(want):
        check_text(where, cell, want)
        return
    if k == "wait":
        if not isinstance(cell.value, datetime.timedelta) or fmt != "[h]:mm:ss":
            err("%s: wait %r is not a duration (format %r, value %r)" % (where, want, fmt, cell.value))
        elif round(cell.value.total_seconds()) != int(want):
            err("%s: wait %s, expected %s s" % (where, cell.value, want))
        else:
            fmt_seen.add(k)
        return
    if cell.data_type != "n" or isinstance(cell.value, (datetime.datetime, datetime.timedelta)):
        err("%s: %r is not a number (type %s, value %r)" % (where, want, cell.data_type, cell.value))
        return
    expect = float(want) / 100 if k == "pct" else float(want)
    if abs(cell.value - expect) > 1e-9 * max(1.0, abs(expect)):
        err("%s: %r, expected %r" % (where, cell.value, expect))
    elif k == "pct" and "%" not in fmt:
        err("%s: percentage format %r" % (where, fmt))
    else:
        fmt_seen.add(k)


def raw_types(zf, sheet_xml, cols):
    """The t attribute of every cell of the given column letters, from the XML itself."""
    root = ET.fromstring(zf.read(sheet_xml))
    out = {}
    for c in root.iterfind(".//m:sheetData/m:row/m:c", NS):
        ref = c.get("r")
        col = re.match(r"[A-Z]+", ref).group(0)
        if col in cols and not ref[len(col):] == "1":
            out[ref] = c.get("t")
    return out


def main():
    csv.field_size_limit(sys.maxsize)
    data, zone = sys.argv[1], sys.argv[2]
    path = data + "/report.xlsx"
    wb = openpyxl.load_workbook(path)
    zf = zipfile.ZipFile(path)
    # sheet name -> XML part, from the workbook's relationships
    wbx = ET.fromstring(zf.read("xl/workbook.xml"))
    rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    rid = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    part = {s.get("name"): "xl/" + target[s.get(rid)] for s in wbx.iterfind(".//m:sheets/m:sheet", NS)}
    expected_sheets = []
    fmt_seen = set()
    ids_checked = long_ids = 0
    for f in FILES:
        with open("%s/%s.csv" % (data, f), newline="", encoding="utf-8") as fp:
            rows = list(csv.reader(fp))
        header, body = rows[0], rows[1:]
        names = [n for n in wb.sheetnames if n == f or re.fullmatch(re.escape(f) + r" \([0-9]+\)", n)]
        if not names or names[0] != f:
            err("%s: no sheet" % f)
            continue
        expected_sheets += names
        got_rows = []
        for n in names:
            ws = wb[n]
            if ws.freeze_panes != "A2":
                err("%s: header not frozen (%r)" % (n, ws.freeze_panes))
            if not ws.auto_filter.ref or not ws.auto_filter.ref.startswith("A1:"):
                err("%s: no filter on the header (%r)" % (n, ws.auto_filter.ref))
            sheet_rows = list(ws.iter_rows())
            head = [c.value for c in sheet_rows[0]] if sheet_rows else []
            want_head = [header_of(h, zone) for h in header]
            if head != want_head:
                err("%s: header %r, expected %r" % (n, head, want_head))
            for k, h in enumerate(header):
                letter = openpyxl.utils.get_column_letter(k + 1)
                w = ws.column_dimensions[letter].width
                if not w or w < len(want_head[k]) or w > 64:
                    err("%s: column %s (%s) width %r" % (n, letter, h, w))
            id_cols = {openpyxl.utils.get_column_letter(k + 1) for k, h in enumerate(header) if kind(h) == "text"
                       and (h == "id" or h.endswith("_id") or h == "thread")}
            for ref, t in raw_types(zf, part[n], id_cols).items():
                if t not in ("s", "inlineStr"):
                    err("%s!%s: an id cell of type %r in the XML, not a string" % (n, ref, t))
                ids_checked += 1
            got_rows += [(n, r) for r in sheet_rows[1:]]
        if len(got_rows) != len(body):
            err("%s: %d rows in the sheets, %d in %s.csv" % (f, len(got_rows), len(body), f))
        for i, ((n, cells), want) in enumerate(zip(got_rows, body)):
            if len(want) != len(header):
                err("%s.csv row %d: %d fields" % (f, i + 2, len(want)))
            for k, v in enumerate(want):
                cell = cells[k] if k < len(cells) else None
                where = "%s!%s" % (n, cells[0].row if cells else "?")
                where = "%s!%s%s" % (n, openpyxl.utils.get_column_letter(k + 1), cells[0].row if cells else "?")
                if cell is None:
                    if v != "":
                        err("%s: missing, expected %r" % (where, v))
                    continue
                if kind(header[k]) == "text" and re.fullmatch(r"[0-9]{16,}", v):
                    long_ids += 1
                check_cell(where, header[k], cell, v, zone, fmt_seen)
                if len(errors) > 20:
                    break
        print("%s: %d rows in %d sheet(s), as in %s.csv" % (f, len(got_rows), len(names), f))
    if wb.sheetnames != expected_sheets:
        err("sheets %r, expected %r" % (wb.sheetnames, expected_sheets))
    print("id cells that are strings in the XML: %d; ids of 16 digits or more: %d" % (ids_checked, long_ids))
    print("typed columns seen: %s" % ", ".join(sorted(fmt_seen)))
    if errors:
        for e in errors[:20]:
            print("xlsx_check: " + e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
