#!/bin/sh
# --min-cell 5: the charts of a report and of a post-mortem show no count the same document's
# tables hide. Each document is made with --min-cell 5 and without (which gives every hidden
# cell's value); then, chart by chart, each figure of charts/NAME.dat is read beside the table
# cell it draws (report.md): where the table says "<5" or "c", the chart's figure is NaN, its
# label says the same mark, and what the chart does show cannot give the hidden count back by
# a sum (a day of the timeline from its hours, the messages chart's "others" or grey part, a
# channel's counts with the month's, the heat map's cells with the summary). A count only a
# chart shows is never 1 to 4. The SVG labels each bar (status by class, most active citizens,
# messages by month) as the table shows its figure. On the samples (a post-mortem by hour) and
# on a generated quarter of nine platforms ("others" in the messages chart; a post-mortem of a
# month, by day).
set -eu
cd "$ROOT"
unset REPLYCOV_GNUPLOT
if ! command -v gnuplot >/dev/null 2>&1; then
	echo "privacy-chart-cells: gnuplot is needed (sh scripts/install-deps.sh installs gnuplot-nox)"
	exit 1
fi
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
# A quarter of nine platforms, seeded: small and large counts side by side, a March of a few
# messages, a thread of a month, and one of two days whose second day has few comments.
python3 - "$d/quarter.csv" <<'EOF'
import csv, datetime, random, sys
random.seed(7)
out = csv.writer(open(sys.argv[1], "w", newline=""))
out.writerow(["thread", "id", "parent_id", "author_id", "author", "created_at", "text", "platform", "channel"])
texts = ["¿Cuándo abre la oficina de empleo?", "Es una vergüenza, nadie contesta nunca",
         "Muchas gracias por la información", "Vale", "¿Dónde presento la solicitud?",
         "Fatal servicio, llevo semanas esperando", "Gracias!"]
plats = ["facebook", "instagram", "youtube", "twitter", "mastodon", "bluesky", "reddit", "wordpress", "linkedin"]
n = 0
def ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S+01:00")
def thread(t, p, ch, start, comments):
    """comments: (minutes after start, author number, answered after minutes or None)"""
    global n
    if ch == "public":
        out.writerow([t, t, "", "org1", "Servei", ts(start), "Publicació " + t, p, ch])
    for m, who, ans in comments:
        n += 1
        cid = "c%d" % n
        when = start + datetime.timedelta(minutes=m)
        out.writerow([t, cid, t if ch == "public" else "", "u%s%d" % (p, who), "Persona %s %d" % (p, who),
                      ts(when), random.choice(texts), p, ch])
        if ans is not None:
            n += 1
            out.writerow([t, "r%d" % n, cid, "org1", "Servei", ts(when + datetime.timedelta(minutes=ans)),
                          "Li responem", p, ch])
for pi, p in enumerate(plats):
    for month in (1, 2, 3):
        for ch in ("public", "private") if pi < 2 else ("public",):
            if month == 3 and (pi > 1 or ch == "private"):
                continue  # March: a few messages only
            size = (30 + 10 * month if pi == 0 else random.choice([1, 2, 3, 6, 12, 25])) if month < 3 else 2
            span = (26 if (p, month, ch) == ("facebook", 2, "public") else 3) * 24 * 60
            thread("%s-%d-%s" % (p, month, ch), p, ch, datetime.datetime(2026, month, 3, 9, 0),
                   [(random.randint(1, span), random.randint(1, max(2, size // 2)),
                     random.randint(5, 3000) if random.random() < 0.55 else None) for i in range(size)])
# A thread of two days: seven comments by one person, six by another, two by a third; few on the second day.
thread("two-days", "reddit", "public", datetime.datetime(2026, 2, 16, 9, 0),
       [(10 * i, 1 + (i >= 7) + (i >= 13), 30 if i % 3 else None) for i in range(12)] +
       [(1440 + 60 * i, 1 + (i >= 1) + (i >= 2), None) for i in range(3)])
EOF
S="--official 104520000000001 samples/facebook samples/private"
Q="--official org1 $d/quarter.csv"
for k in 5 0; do
	opt=""
	[ $k = 0 ] || opt="--min-cell $k"
	"$BIN" report $opt --lang en -o "$d/rep-s$k" $S >/dev/null 2>&1 || true
	"$BIN" thread 1220000438400853 $opt --lang en -o "$d/thr-s$k" $S >/dev/null 2>&1 || true
	"$BIN" report --period 2026Q1 $opt --lang en -o "$d/rep-q$k" $Q >/dev/null 2>&1 || true
	"$BIN" thread facebook-2-public $opt --lang en -o "$d/thr-q$k" $Q >/dev/null 2>&1 || true
	"$BIN" thread two-days $opt --lang en -o "$d/thr-t$k" $Q >/dev/null 2>&1 || true
done
python3 - "$d" <<'EOF'
import collections, datetime, os, re, sys

top = sys.argv[1]
K = 5
bad = []
checked = [0]
seen = collections.Counter()  # hidden figures compared, by chart

def fail(doc, msg):
    bad.append("%s: %s" % (doc, msg))

def tables(path):
    """{section: [(header, [row cells...])...]} of report.md."""
    out, section, header = {}, "", None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("## "):
            section, header = line[3:], None
            continue
        if not line.startswith("|"):
            header = None
            continue
        cells = [c.strip().replace("\\<", "<").replace("\\-", "-") for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if header is None:
            header = cells
            out.setdefault(section, []).append((header, []))
        elif not all(set(c) <= set("-: ") for c in cells):
            out[section][-1][1].append(cells)
    return out

def hidden(s):
    return s in ("<%d" % K, "c")

def num(s):
    return int(s.replace(",", ""))

class Doc:
    def __init__(self, name):
        self.name = name
        self.dir = os.path.join(top, name + "5")
        self.t5 = tables(os.path.join(self.dir, "report.md"))
        self.t0 = tables(os.path.join(top, name + "0", "report.md"))

    def table(self, section, i=0):
        """rows as {first cell: {column: (shown, true value)}}"""
        h, rows = self.t5[section][i]
        h0, rows0 = self.t0[section][i]
        out = {}
        for r, r0 in zip(rows, rows0):
            key = r[0] if r[0] not in out else r[0] + " / " + r[1]
            out[key] = {h[j]: (r[j], r0[j]) for j in range(1, len(h))}
        return out

    def dat(self, chart):
        path = os.path.join(self.dir, "charts", chart + ".dat")
        if not os.path.exists(path):
            return None
        rows = []
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if line.startswith("#"):
                rows.append(["#", line])
            elif line:
                rows.append(re.findall(r'"[^"]*"|\S+', line))
        return rows

    def svg_labels(self, chart):
        """the texts gnuplot writes from a label column (tic labels start with a space)"""
        svg = open(os.path.join(self.dir, "charts", chart + ".svg"), encoding="utf-8").read()
        return [t.replace("&lt;", "<") for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)
                if re.fullmatch(r"\d[\d,]*|&lt;\d+|c", t)]

def unq(s):
    return s[1:-1] if s.startswith('"') else s

def same_figure(doc, where, chart_value, table_cell, label=False):
    """a chart's figure of a table cell: NaN (or the same mark, for a label) where it is hidden"""
    checked[0] += 1
    shown, true = table_cell
    if hidden(shown):
        seen[where.split()[0]] += 1
    if label:
        if unq(chart_value) != shown:
            fail(doc.name, "%s: the chart says %s, the table %s" % (where, chart_value, shown))
    elif hidden(shown) and chart_value != "NaN":
        fail(doc.name, "%s: the chart shows %s, the table %s" % (where, chart_value, shown))

def no_small(doc, where, value):
    checked[0] += 1
    v = unq(value)
    if re.fullmatch(r"\d+", v) and 0 < int(v) < K:
        fail(doc.name, "%s: the chart shows %s" % (where, v))

def not_recomputed(doc, where, hidden_cells, total_shown):
    """a total the chart shows less the parts it shows gives back the one part hidden"""
    checked[0] += 1
    if hidden_cells:
        seen[where.split()[0]] += 1
    if total_shown and len(hidden_cells) == 1:
        fail(doc.name, "%s: %s is the total less the rest" % (where, hidden_cells[0]))

def stacked(doc, chart, section, col_of, total_col):
    """a bar chart of stacked parts (stack_dat): parts, grey part, mark, label"""
    rows = [r for r in doc.dat(chart) if r[0] != "#"]
    heads = [unq(c) for c in rows[0]] if chart == "messages-by-month" else None
    if heads:
        rows = rows[1:]
    tab = doc.table(section)
    labels = []
    for r in rows:
        key = unq(r[0])
        row = tab.get(key)
        if row is None:
            continue
        parts = col_of(heads, len(r) - 4)
        hid = []
        for j, cols in enumerate(parts, 1):
            cells = [row[c] for c in cols]
            if len(cols) == 1:
                same_figure(doc, "%s %s %s" % (chart, key, cols[0]), r[j], cells[0])
                if hidden(cells[0][0]):
                    hid.append(cols[0])
            elif r[j] != "NaN":  # "others": a sum of columns
                h = [c for c, x in zip(cols, cells) if hidden(x[0])]
                not_recomputed(doc, "%s %s others" % (chart, key), h, True)
                no_small(doc, "%s %s others" % (chart, key), r[j])
            else:
                hid.append("others")
        same_figure(doc, "%s %s label" % (chart, key), r[-1], row[total_col], label=True)
        if r[-3] != "NaN":  # the grey part: the total less the parts shown
            not_recomputed(doc, "%s %s grey part" % (chart, key), hid, True)
        labels.append(unq(r[-1]))
    return labels

def check_report(doc):
    # messages: each series a column of the table, "others" the sum of the columns not drawn
    msg = doc.table("Messages")
    series = [c for c in doc.t5["Messages"][0][0][1:] if c not in ("Citizen messages", "Official replies")]
    def msg_cols(heads, n):
        drawn = heads[1:1 + n]
        return [[h] if h in series else [s for s in series if s not in drawn] for h in drawn]
    labels = stacked(doc, "messages-by-month", "Messages", msg_cols, "Citizen messages")
    if labels != doc.svg_labels("messages-by-month"):
        fail(doc.name, "messages-by-month.svg labels %s, the table %s" % (doc.svg_labels("messages-by-month"), labels))
    # coverage: the month's needing a reply and answered; each channel's share
    cov = doc.table("Coverage")
    rows = doc.dat("coverage-by-month") or []
    for r in rows:
        if r[0] == "#":
            continue
        row = cov[unq(r[0])]
        where = "coverage-by-month " + unq(r[0])
        same_figure(doc, where + " needing a reply", r[7], row["Needing a reply"])
        same_figure(doc, where + " answered", r[8], row["Answered"])
        same_figure(doc, where + " label", r[9], row["Needing a reply"], label=True)
        for i, col in ((1, "Coverage"), (3, "Coverage (public)"), (5, "Coverage (private)")):
            if row[col][0] in ("c", "-") and (r[i] != "NaN" or r[i + 1] != "NaN"):
                fail(doc.name, "%s: %s drawn, the table %s" % (where, col, row[col][0]))
        no_small(doc, where + " public", r[10])
        no_small(doc, where + " private", r[11])
        if hidden(row["Needing a reply"][0]) and unq(r[10]) != "0" and unq(r[11]) != "0":
            not_recomputed(doc, where + " channels", ["needing a reply"],
                           re.fullmatch(r"[\d,]+", unq(r[10])) and re.fullmatch(r"[\d,]+", unq(r[11])))
    # waits by month: the answered of the waits' table
    wt = doc.table("Waits")
    for r in doc.dat("waits-by-month") or []:
        if r[0] == "#":
            continue
        row = wt[unq(r[0])]
        where = "waits-by-month " + unq(r[0])
        same_figure(doc, where + " answered", r[7], row["Answered"])
        same_figure(doc, where + " label", r[8], row["Answered"], label=True)
        if row["Median wait (service hours)"][0] == "c" and any(x != "NaN" for x in r[1:7]):
            fail(doc.name, where + ": waits drawn, the table withholds them")
    # classes: each class's count, as the share of the month's
    cl = doc.table("Criticism and thanks")
    group = None
    for r in doc.dat("classes-by-month"):
        if r[0] == "#":
            group = "public" if "public comments" in r[1] else "private" if "private messages" in r[1] else group
            continue
        key = unq(r[1])
        row = cl.get(key if key in cl and cl[key]["Channel"][0] == group else key + " / " + group)
        if row is None or row["Channel"][0] != group:
            same_figure(doc, "classes-by-month %s %s label" % (key, group), r[-1], ("0", "0"), label=True)
            continue
        where = "classes-by-month %s %s" % (key, group)
        same_figure(doc, where + " label", r[-1], row["Citizen messages"], label=True)
        for j, c in enumerate(("Criticism", "Question", "Thanks", "Other")):
            if hidden(row[c][0]) or hidden(row["Citizen messages"][0]):
                same_figure(doc, "%s %s share" % (where, c), r[2 + j], row[c] if hidden(row[c][0]) else ("c", 0))
    # heat map: a median is drawn when the table gives it; its counts only the chart shows
    heat = doc.table("When waits are longest")
    summ = doc.table("Summary")
    cols = {"need": [], "answered": []}
    for r in doc.dat("waits-heatmap"):
        if r[0] == "#":
            continue
        hr, wd = int(r[0]), int(r[1])
        cell = heat["%02d:00" % hr][("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[wd]]
        where = "waits-heatmap %02d:00 day %d" % (hr, wd)
        if cell[0] == "c":
            same_figure(doc, where + " median", r[2], cell)
            same_figure(doc, where + " colour", r[3], cell)
        for f in (r[4], r[5], r[6]):
            no_small(doc, where, f)
        cols["need"].append(r[4])
        cols["answered"].append(r[5])
    for what, col in (("need", "Needing a reply"), ("answered", "Answered")):
        seen["waits-heatmap"] += hidden(summ[col]["Value"][0])
        if hidden(summ[col]["Value"][0]) and all(v != "NaN" for v in cols[what]):
            fail(doc.name, "waits-heatmap: its cells add up to the summary's %s, which the table hides" % col)

def check_thread(doc):
    summ = doc.table("Summary")
    # timeline: days of the table; by hour, a day's hours add up to it
    tl = doc.table("Timeline")
    days = {datetime.datetime.strptime(k, "%a %d %b %Y").date(): v for k, v in tl.items()}
    hours = {}
    for r in doc.dat("timeline"):
        if r[0] == "#":
            daily = r[1].startswith("# day")
            continue
        day = datetime.date.fromisoformat(r[0][:10])
        no_small(doc, "timeline " + r[0], r[1])
        if daily and day in days:
            same_figure(doc, "timeline " + r[0], r[1], days[day]["Citizen comments"])
        hours.setdefault(day, []).append(r[1])
    for day, v in days.items():
        if not daily and hidden(v["Citizen comments"][0]):
            seen["timeline-hours"] += 1
            if all(x != "NaN" for x in hours.get(day, ["NaN"])):
                fail(doc.name, "timeline %s: its hours add up to the day the table hides" % day)
    # backlog: no hour of a day whose open counts the table hides
    bl = doc.table("Backlog")
    bdays = {datetime.datetime.strptime(k, "%a %d %b %Y").date(): v for k, v in bl.items()}
    for r in doc.dat("backlog") or []:
        if r[0] == "#":
            continue
        day = datetime.date.fromisoformat(r[0][:10])
        v = bdays.get(day)
        if v and (hidden(v["Open at the end of the day"][0]) or hidden(v["Most open at once"][0])):
            same_figure(doc, "backlog " + r[0], r[3], ("c", 0))
    # waits: the curve ends at the coverage, of the number needing a reply
    if any(hidden(summ[c]["Value"][0]) for c in ("Needing a reply", "Answered", "Unanswered")):
        checked[0] += 1
        seen["waits"] += 1
        if doc.dat("waits") is not None:
            fail(doc.name, "waits.dat drawn while the summary hides its counts")
    # status by class: the rows of the table
    labels = stacked(doc, "status-by-class", "Status by class",
                     lambda heads, n: [["Answered"], ["No reply needed"], ["Unanswered"]], "Citizen comments")
    if labels != doc.svg_labels("status-by-class"):
        fail(doc.name, "status-by-class.svg labels %s, the table %s" % (doc.svg_labels("status-by-class"), labels))
    # most active citizens: the first rows of the table
    act = doc.table("Most active citizens")
    labels = [[], []]
    for r in doc.dat("citizens"):
        if r[0] == "#":
            continue
        row = act[unq(r[1])]
        where = "citizens " + unq(r[1])
        same_figure(doc, where + " comments", r[2], row["Comments"])
        same_figure(doc, where + " answered", r[3], row["Answered"])
        same_figure(doc, where + " needing a reply", r[4], row["Needing a reply"])
        same_figure(doc, where + " comments label", r[5], row["Comments"], label=True)
        same_figure(doc, where + " answered label", r[6], row["Answered"], label=True)
        labels[0].append(unq(r[5]))
        labels[1].append(unq(r[6]))
    if labels[0] + labels[1] != doc.svg_labels("citizens"):
        fail(doc.name, "citizens.svg labels %s, the table %s" % (doc.svg_labels("citizens"), labels))

for name in ("rep-s", "rep-q"):
    check_report(Doc(name))
for name in ("thr-s", "thr-q", "thr-t"):
    check_thread(Doc(name))
if bad:
    print("privacy-chart-cells: %d figures in the charts the tables hide:" % len(bad))
    print("\n".join(bad[:25]))
    sys.exit(1)
# Every chart had hidden figures to compare: the data above gives each of them some.
missing = [c for c in ("messages-by-month", "coverage-by-month", "waits-by-month", "classes-by-month", "waits-heatmap",
                       "timeline", "timeline-hours", "backlog", "waits", "status-by-class", "citizens") if not seen[c]]
if missing or checked[0] < 500:
    print("privacy-chart-cells: %d figures checked, none hidden in %s" % (checked[0], ", ".join(missing)))
    sys.exit(1)
EOF
# Something is hidden in every document (so the checks above had something to check).
for f in rep-s5 thr-s5 rep-q5 thr-q5 thr-t5; do
	grep -q '| c |' "$d/$f/report.md" || { echo "privacy-chart-cells: nothing withheld in $f"; exit 1; }
done
