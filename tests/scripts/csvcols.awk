# csvcols.awk: prints chosen columns (by header name, variable cols="a,b,c") of an RFC 4180
# CSV read on stdin, one record per line, comma-joined. Fields holding a comma, quote or
# newline are not expected among the chosen columns (ids, statuses, numbers).
BEGIN { RS = "\n"; n_want = split(cols, want, ",") }
{
	sub(/\r$/, "")
	rec = (pending == "" ? $0 : pending "\n" $0)
	q = gsub(/"/, "\"", rec)
	if (q % 2) { pending = rec; next }
	pending = ""
	nf = 0; field = ""; inq = 0
	for (i = 1; i <= length(rec); i++) {
		c = substr(rec, i, 1)
		if (inq) {
			if (c == "\"") { if (substr(rec, i + 1, 1) == "\"") { field = field "\""; i++ } else inq = 0 }
			else field = field c
		} else if (c == "\"") inq = 1
		else if (c == ",") { f[++nf] = field; field = "" }
		else field = field c
	}
	f[++nf] = field
	if (!header_done) { for (i = 1; i <= nf; i++) idx[f[i]] = i; header_done = 1; next }
	line = ""
	for (k = 1; k <= n_want; k++) line = line (k > 1 ? "," : "") f[idx[want[k]]]
	print line
}
