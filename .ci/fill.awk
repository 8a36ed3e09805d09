# awk -f .ci/fill.awk TABLE TEMPLATE: TEMPLATE with @OPTIONS@ replaced by
# the text of TABLE (its last newline dropped).
NR == FNR { t = t (NR > 1 ? "\n" : "") $0; next }
{
	i = index($0, "@OPTIONS@")
	if (i)
		$0 = substr($0, 1, i - 1) t substr($0, i + 9)
	print
}
