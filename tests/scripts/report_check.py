#!/usr/bin/env python3
"""Checks of a report folder's files, used by tests/scripts/report-*.sh.

  report_check.py html FILE   well-formed (every element closed, in order, one html/head/body)
                              and self-contained (no script, no link, no external src/href,
                              no @import, no url() other than #fragments; data: URIs are inline)
  report_check.py svg FILE    an XML document whose root element is <svg>
  report_check.py png FILE    starts with the PNG signature
Exits 0 when the file passes, 1 with the reason otherwise.
"""
import re
import sys
from html.parser import HTMLParser
import xml.etree.ElementTree as ET

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.errors = []
        self.count = {}
        self.in_svg = 0

    def where(self):
        line, col = self.getpos()
        return "line %d col %d" % (line, col)

    def attrs_ok(self, tag, attrs):
        for name, value in attrs:
            value = value or ""
            if name in ("src", "href", "xlink:href", "action", "data", "poster", "srcset"):
                # a #fragment or an inline data: URI (gnuplot's images) stays inside the file
                if not value.startswith("#") and not value.startswith("data:"):
                    self.errors.append("%s: <%s %s=%r> points outside the file" % (self.where(), tag, name, value))
            if name == "style" and re.search(r"url\(\s*['\"]?[^#'\"\s]", value):
                self.errors.append("%s: style with an external url()" % self.where())
            if name.startswith("on"):
                self.errors.append("%s: event handler %s" % (self.where(), name))

    def handle_starttag(self, tag, attrs):
        self.count[tag] = self.count.get(tag, 0) + 1
        if tag in ("script", "link", "iframe", "object", "embed", "img", "base"):
            self.errors.append("%s: <%s> in a self-contained report" % (self.where(), tag))
        self.attrs_ok(tag, attrs)
        if tag in VOID:
            return
        self.stack.append((tag, self.where()))

    def handle_startendtag(self, tag, attrs):
        self.count[tag] = self.count.get(tag, 0) + 1
        self.attrs_ok(tag, attrs)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack:
            self.errors.append("%s: </%s> closes nothing" % (self.where(), tag))
            return
        open_tag, at = self.stack.pop()
        if open_tag != tag:
            self.errors.append("%s: </%s> closes <%s> opened at %s" % (self.where(), tag, open_tag, at))


def check_html(path):
    text = open(path, encoding="utf-8").read()
    if not text.startswith("<!DOCTYPE html>"):
        return "no <!DOCTYPE html> at the start"
    c = Checker()
    c.feed(text)
    c.close()
    if c.stack:
        c.errors.append("never closed: " + ", ".join("<%s> (%s)" % t for t in c.stack))
    for tag in ("html", "head", "body", "title", "style"):
        if c.count.get(tag, 0) != 1:
            c.errors.append("%d <%s> elements, expected 1" % (c.count.get(tag, 0), tag))
    styles = re.findall(r"<style>(.*?)</style>", text, re.S)
    for css in styles:
        if "@import" in css:
            c.errors.append("@import in the style sheet")
        if re.search(r"url\(\s*['\"]?[^#'\"\s]", css):
            c.errors.append("external url() in the style sheet")
    return "; ".join(c.errors[:10])


def check_svg(path):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        return "not XML: %s" % e
    if root.tag not in ("svg", "{http://www.w3.org/2000/svg}svg"):
        return "root element is <%s>, not <svg>" % root.tag
    return ""


def check_png(path):
    with open(path, "rb") as f:
        head = f.read(8)
    return "" if head == b"\x89PNG\r\n\x1a\n" else "no PNG signature"


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("html", "svg", "png"):
        print(__doc__)
        return 2
    why = {"html": check_html, "svg": check_svg, "png": check_png}[sys.argv[1]](sys.argv[2])
    if why:
        print("%s: %s" % (sys.argv[2], why))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
