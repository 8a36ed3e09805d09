#!/bin/bash
test_description='JSON Schema of the format: the examples validate, bad documents do not'
. "$(dirname "$0")/test-lib.sh"

# The Debian interpreter, whatever python3 comes first on PATH: it is the
# one with python3-yaml and python3-jsonschema.
PY=/usr/bin/python3
SCHEMA=$REPO/schemas/pgform.schema.json
CASES=$REPO/t/expect/t1900

if ! "$PY" -c 'import yaml, jsonschema' 2>/dev/null; then
	test_skip_all "$PY lacks yaml or jsonschema (apt-get install python3-yaml python3-jsonschema)"
fi

# validate.py SCHEMA tree DIR
#	Validate every *.yaml/*.yml under DIR: a file named by another file's
#	include: is a fragment (checked against #/$defs/fragment, where
#	pgform: is optional), any other file is an entry file (checked against
#	the whole schema).  Also checks that each include: pattern matches a
#	file and each sql_file: exists.  Prints "entry FILE" / "fragment FILE"
#	on stdout, problems as "FILE: PATH: MESSAGE" on stderr.
# validate.py SCHEMA entry|fragment FILE
#	Validate one file; on stdout the JSON paths of the errors, one per
#	line, sorted and unique; details on stderr.
# Exit status: 0 when everything is valid, 1 otherwise.
#
# YAML is read the way pgform reads it (YAML 1.2 core): only true/false
# are booleans (so `on:` is a string key), dates stay strings, and a
# duplicate key is an error.
cat >validate.py <<'EOF'
import glob, json, os, re, sys, warnings
import yaml
from jsonschema import Draft202012Validator

warnings.simplefilter("ignore", DeprecationWarning)

BOOL = "tag:yaml.org,2002:bool"
TIMESTAMP = "tag:yaml.org,2002:timestamp"

class Loader(yaml.SafeLoader):
    def construct_mapping(self, node, deep=False):
        seen = set()
        for knode, _ in node.value:
            key = self.construct_object(knode, deep=True)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, "duplicate key %r" % (key,), knode.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)

Loader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in rs if tag not in (BOOL, TIMESTAMP)]
    for ch, rs in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Loader.add_implicit_resolver(
    BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))

def jpath(parts):
    out = "$"
    for p in parts:
        if isinstance(p, int):
            out += "[%d]" % p
        elif re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", p):
            out += "." + p
        else:
            out += "[%s]" % json.dumps(p)
    return out

schema = json.load(open(sys.argv[1]))
Draft202012Validator.check_schema(schema)
fragment_schema = {k: v for k, v in schema.items() if k not in ("required", "allOf")}
fragment_schema["$ref"] = "#/$defs/fragment"
checker = Draft202012Validator.FORMAT_CHECKER
validators = {
    "entry": Draft202012Validator(schema, format_checker=checker),
    "fragment": Draft202012Validator(fragment_schema, format_checker=checker),
}

def load(path):
    with open(path) as f:
        return yaml.load(f, Loader=Loader)

def problems(path, kind):
    """(json path, message) of every problem in PATH read as KIND."""
    try:
        doc = load(path)
    except yaml.YAMLError as e:
        return [("$", "not valid YAML: " + str(e).replace("\n", " "))], None
    errs = sorted(validators[kind].iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    out = []
    for e in errs:
        msg = e.message.splitlines()[0] if e.message else ""
        if len(msg) > 160:
            msg = msg[:157] + "..."
        out.append((jpath(e.absolute_path), msg))
    return out, doc

def sql_files(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "sql_file" and isinstance(v, str):
                yield v
            else:
                yield from sql_files(v)
    elif isinstance(node, list):
        for v in node:
            yield from sql_files(v)

def tree(root):
    files = sorted(set(glob.glob(os.path.join(root, "**", "*.yaml"), recursive=True) +
                       glob.glob(os.path.join(root, "**", "*.yml"), recursive=True)))
    docs, bad, included = {}, 0, set()
    for f in files:
        try:
            docs[f] = load(f)
        except yaml.YAMLError:
            docs[f] = None
    for f, doc in docs.items():
        if not isinstance(doc, dict) or not isinstance(doc.get("include"), list):
            continue
        for pat in doc["include"]:
            if not isinstance(pat, str):
                continue
            hits = sorted(glob.glob(os.path.join(os.path.dirname(f), pat)))
            if not hits:
                print("%s: $.include: %r matches no file" % (f, pat), file=sys.stderr)
                bad = 1
            included.update(os.path.normpath(h) for h in hits)
    for f in files:
        kind = "fragment" if os.path.normpath(f) in included else "entry"
        print(kind, f)
        errs, doc = problems(f, kind)
        for p, m in errs:
            print("%s: %s: %s" % (f, p, m), file=sys.stderr)
            bad = 1
        for s in sql_files(doc):
            if not os.path.isfile(os.path.join(os.path.dirname(f), s)):
                print("%s: sql_file %r does not exist" % (f, s), file=sys.stderr)
                bad = 1
    return bad

if sys.argv[2] == "tree":
    sys.exit(tree(sys.argv[3]))
errs, _ = problems(sys.argv[3], sys.argv[2])
for p, m in errs:
    print("%s: %s: %s" % (sys.argv[3], p, m), file=sys.stderr)
for p in sorted(set(p for p, _ in errs)):
    print(p)
sys.exit(1 if errs else 0)
EOF

test_expect_success 'the schema is a valid draft 2020-12 schema with an $id' '
	"$PY" - "$SCHEMA" <<-\EOF
	import json, sys
	from jsonschema import Draft202012Validator
	s = json.load(open(sys.argv[1]))
	Draft202012Validator.check_schema(s)
	assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema", s["$schema"]
	assert s.get("$id"), "no $id"
	assert "fragment" in s["$defs"], "no $defs/fragment"
	EOF
'

test_expect_success 'every property of the schema has a description' '
	"$PY" - "$SCHEMA" >missing <<-\EOF &&
	import json, sys
	s = json.load(open(sys.argv[1]))
	def walk(node, path):
	    if isinstance(node, dict):
	        for name, sub in (node.get("properties") or {}).items():
	            if isinstance(sub, dict) and not sub.get("description"):
	                target = sub.get("$ref", "").rsplit("/", 1)[-1]
	                if not s["$defs"].get(target, {}).get("description"):
	                    print(path + "/properties/" + name)
	        for k, v in node.items():
	            if k not in ("if", "then", "else", "not"):
	                walk(v, path + "/" + k)
	    elif isinstance(node, list):
	        for i, v in enumerate(node):
	            walk(v, "%s/%d" % (path, i))
	walk(s, "#")
	EOF
	test_cmp /dev/null missing
'

test_expect_success 'every YAML file under examples/ validates (entry files and included fragments)' '
	(cd "$REPO" && "$PY" "$TRASH/validate.py" "$SCHEMA" tree examples) >out 2>err ||
		{ cat err; exit 1; }
	test_cmp /dev/null err &&
	grep -Fx "entry examples/warehouse/pgform.yaml" out &&
	grep -Fx "entry examples/minimal/pgform.yaml" out &&
	grep -Fx "fragment examples/warehouse/tenants/tenant_a.yaml" out &&
	grep -Fx "fragment examples/warehouse/tenants/tenant_b.yaml" out
'

test_expect_success 'the examples in docs/format.md validate' '
	"$PY" - "$REPO/docs/format.md" <<-\EOF &&
	import re, sys
	text = open(sys.argv[1]).read()
	n = 0
	for block in re.findall(r"```yaml\n(.*?)```", text, re.S):
	    if "$defs/fragment" in block and "\ntenants:" in block:
	        kind = "fragment"
	    elif "\npgform: 1" in block:
	        kind = "entry"
	    else:
	        continue
	    n += 1
	    open("doc-%d-%s.yaml" % (n, kind), "w").write(block)
	assert n >= 2, "expected an entry and a fragment example, found %d" % n
	EOF
	for f in doc-*.yaml; do
		kind=${f%.yaml}; kind=${kind##*-}
		"$PY" validate.py "$SCHEMA" "$kind" "$f" || exit 1
	done
'

test_expect_success 'an included fragment is not a valid entry file (pgform: missing)' '
	test_must_fail "$PY" validate.py "$SCHEMA" entry \
		"$REPO/examples/warehouse/tenants/tenant_a.yaml" >paths 2>err &&
	echo "\$" >expect &&
	test_cmp expect paths &&
	grep "'\''pgform'\'' is a required property" err
'

test_expect_success 'a document with an unknown key, a bad date and a bad grant target is rejected at each' '
	cat >bad.yaml <<-\EOF &&
	pgform: 1
	tenantz: {}
	grants:
	  - { role: phood_ro, privileges: [SELECT], on: "tabel x.y" }
	tenants:
	  tenant_a:
	    connection: { host: localhost, dbname: src, user: reader }
	    templates:
	      foodlogstats: { from: 2023-13-01 }
	EOF
	test_must_fail "$PY" validate.py "$SCHEMA" entry bad.yaml >paths 2>err &&
	cat >expect <<-\EOF &&
	$
	$.grants[0].on
	$.tenants.tenant_a.templates.foodlogstats.from
	EOF
	test_cmp expect paths &&
	grep -F "'\''tenantz'\'' was unexpected" err &&
	grep -F "'\''2023-13-01'\''" err &&
	grep -F "'\''tabel x.y'\''" err
'

# Each case file under t/expect/t1900/ starts with comment lines:
#	# about: what it shows
#	# kind: entry | fragment
#	# error: JSON-PATH        (one per expected error path; none = valid)
for case_file in "$CASES"/*.yaml; do
	[ -f "$case_file" ] || continue
	about=$(sed -n 's/^# about: //p' "$case_file")
	test_expect_success "$(basename "$case_file" .yaml): $about" '
		kind=$(sed -n "s/^# kind: //p" "$case_file") &&
		sed -n "s/^# error: //p" "$case_file" >expect &&
		if test -s expect; then
			test_must_fail "$PY" validate.py "$SCHEMA" "$kind" "$case_file" >paths
		else
			"$PY" validate.py "$SCHEMA" "$kind" "$case_file" >paths
		fi &&
		test_cmp expect paths
	'
done

test_done
