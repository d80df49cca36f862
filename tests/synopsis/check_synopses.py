#!/usr/bin/env python3
"""Checks that the synopsis at the top of a header names only what the header declares.

For each header, the names its synopsis declares (types, enumerators, members, functions,
variables, concepts, macros, operators) become one line each of a generated translation unit
that includes the header alone and fails to compile if the name does not exist:
    namespace nevfacts::synopsis_probe_7 { using nevfacts::known_unit; }      // a name
    static_assert((void(nevfacts::rule::share), true));                         // an enumerator
    struct synopsis_probe_9 : nevfacts::check_result { using nevfacts::check_result::which; };
    static_assert(requires(std::ostream& a, nevfacts::rank b) { a << b; });     // an operator
The lines after the first empty line of a synopsis are examples: the functions they call (and
the qualified names they use) are checked too, with all of nevfacts (and the data set)
included, since an example may use any of it. The compiler's errors are mapped back to the
synopsis lines, so a failure says which name of which line does not exist.

What a synopsis is: the lines after the comment line that starts "Synopsis", indented by at
least three spaces, up to the first line of prose (indented by one). A `<placeholder>`
("failure::<rule>_rule_contradicted") and "..." are not names. A parenthesised aside after a
space ("vehicle_rate (vehicles per year)") is prose; a name directly before "(" is a function.
In a list, a piece of several words that does not start like a declaration is prose.

Usage: check_synopses.py --compiler CXX [--flag F]... HEADER...   (0: all true)
       check_synopses.py ... --expect-missing "a;b;c" HEADER   (0: exactly those names missing)
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

KEYWORDS = {
    "alignas", "alignof", "auto", "bool", "break", "case", "catch", "char", "class", "concept",
    "const", "consteval", "constexpr", "constinit", "decltype", "default", "delete", "do",
    "double", "else", "enum", "explicit", "extern", "false", "float", "for", "friend", "if",
    "inline", "int", "long", "mutable", "namespace", "noexcept", "nullptr", "operator",
    "private", "protected", "public", "requires", "return", "short", "signed", "sizeof",
    "static", "static_assert", "struct", "switch", "template", "this", "throw", "true", "try",
    "typedef", "typename", "union", "unsigned", "using", "virtual", "void", "volatile", "while",
}
# Words a declaration starts with (a list piece of several words that starts otherwise is prose).
DECL_START = {"inline", "constexpr", "consteval", "static", "const", "extern", "template",
              "typename", "double", "int", "bool", "unsigned", "char", "void", "auto", "long",
              "explicit"}
NESTED_NAMESPACES = {"units", "failure", "detail", "trait", "all"}
FOREIGN = {"std", "date", "boost", "bu"}
# The arguments that instantiate a class template whose members a synopsis lists, and the
# types that stand for a synopsis's template parameters in an operator's parameters.
TEMPLATE_ARGS = {
    "kind_traits": "nevfacts::item_count", "reported": "nevfacts::item_count",
    "fact_of": "nevfacts::item_count", "metric": "nevfacts::item_count",
    "registry": "1", "parse_result": "nevfacts::reported<nevfacts::item_count>",
    "field": "nevfacts::period", "dictionary": "void", "tokens": "4", "delta": "nevfacts::item_count",
}
PARAMETER_TYPES = {"T": "nevfacts::item_count", "Unit": "nevfacts::units::item_unit",
                   "U": "nevfacts::units::item_unit", "Rep": "double"}
OPERATOR = r"operator\s*(?:<<|>>|==|!=|<=|>=|\[\]|\(\)|[-+*/<>!]|bool\b)"
IDENT = r"[A-Za-z_]\w*(?:::[A-Za-z_]\w*)*"


class Line:
    """A synopsis line: its number in the header, its code (comments and strings blanked)."""

    def __init__(self, number, code, example):
        self.number, self.code, self.example = number, code, example


def strip_comment_and_strings(code):
    out, i, quote = [], 0, None
    while i < len(code):
        c = code[i]
        if quote:
            if c == "\\":
                i += 2
                continue
            if c == quote:
                out.append(c)
                quote = None
        elif c in "\"'":
            quote = c
            out.append(c)
        elif code.startswith("//", i):
            break
        else:
            out.append(c)
        i += 1
    return "".join(out)


def synopsis_of(path):
    """The namespace and the lines of the synopsis, or (None, []) if the header has none."""
    lines = open(path, encoding="utf-8").read().split("\n")
    start = next((i for i, l in enumerate(lines) if re.match(r"//\s*Synopsis\b", l)), None)
    if start is None:
        return None, []
    m = re.search(r"Synopsis \(namespace ([\w:]+)\)", lines[start])
    namespace = m.group(1) if m else "nevfacts"
    body, example = [], False
    for i in range(start + 1, len(lines)):
        raw = lines[i]
        if not raw.startswith("//"):
            break
        text = raw[2:]
        if text.strip() == "":
            if body:
                example = True
            continue
        if not text.startswith("   "):
            break
        body.append(Line(i + 1, strip_comment_and_strings(text), example))
    return namespace, body


def matching(text, i, open_c, close_c):
    """Index just past the bracket that closes text[i] (an open_c)."""
    depth = 0
    for j in range(i, len(text)):
        if text[j] == open_c:
            depth += 1
        elif text[j] == close_c:
            depth -= 1
            if depth == 0:
                return j + 1
    return len(text)


def remove_groups(text, open_c, close_c):
    """Blanks every bracketed group (keeping newlines, so line numbers stay)."""
    out, i = [], 0
    while i < len(text):
        if text[i] == open_c and not (open_c == "<" and text[i:i + 2] in ("<<", "<=")):
            end = matching(text, i, open_c, close_c)
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def remove_angles(text):
    text = re.sub(r"->|>=|<=|<<|>>", lambda m: " " * len(m.group(0)), text)
    return remove_groups(text, "<", ">")


class Checks:
    def __init__(self, namespace):
        self.namespace = namespace
        self.items = []  # (synopsis line, name, C++ check, example?)
        self.enums = set()
        self.complete_enums = {}  # enum: (synopsis line, enumerators), when it lists them all

    def add(self, line, name, check):
        key = (name, check)
        if all((n, c) != key for _, n, c, _ in self.items):
            self.items.append((line.number, name, check, line.example))

    def qualified(self, scope):
        return scope if scope.startswith("nevfacts") or scope.split("::")[0] in FOREIGN \
            else self.namespace + "::" + scope

    def name(self, line, name):
        """A name at namespace scope (qualified or not)."""
        if name in KEYWORDS or name.split("::")[0] in FOREIGN:
            return
        parts = name.split("::")
        if len(parts) > 1 and parts[-2] in self.enums or len(parts) > 1 and parts[0] in self.enums:
            self.add(line, name, "static_assert((void(%s), true));" % self.qualified(name))
        elif len(parts) == 1 or parts[0] in NESTED_NAMESPACES:
            self.add(line, name, "namespace %s::synopsis_probe_@ { using %s::%s; }"
                     % (self.namespace, self.namespace, name))
        else:
            self.member(line, "::".join(parts[:-1]), parts[-1])

    def member(self, line, owner, member, template=False):
        owner_type = self.qualified(owner)
        if template:
            if owner not in TEMPLATE_ARGS:
                sys.exit("check_synopses.py: no template argument to instantiate %s with, to check "
                         "its members: add one to TEMPLATE_ARGS" % owner)
            owner_type += "<%s>" % TEMPLATE_ARGS[owner]
        self.add(line, owner + "::" + member,
                 "struct synopsis_probe_@ : %s { using %s::%s; };" % (owner_type, owner_type, member))

    def operator(self, line, op, params):
        op = re.sub(r"\s+", "", op)
        symbol = op[len("operator"):]
        types = [parameter_type(p) for p in split_top(params)] if params is not None else []
        if len(types) == 2 and symbol not in ("[]", "()", "bool"):
            decl = ", ".join("%s a%d" % (t, k) for k, t in enumerate(types))
            self.add(line, "%s(%s)" % (op, ", ".join(types)),
                     "namespace %s::synopsis_probe_@ { static_assert(requires(%s) { a0 %s a1; }); }"
                     % (self.namespace, decl, symbol))
        else:
            self.name(line, op)


def split_top(text, sep=","):
    parts, depth, cur = [], 0, []
    for c in text:
        if c in "(<[{":
            depth += 1
        elif c in ")>]}":
            depth -= 1
        if c == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def parameter_type(param):
    param = param.split("=")[0].strip()
    m = re.match(r"^(.*?[\w>&*])\s+([a-z_]\w*)$", param)
    if m and m.group(1).strip() not in ("const", "unsigned"):
        param = m.group(1)
    return re.sub(r"\b[A-Z]\w*\b", lambda t: PARAMETER_TYPES.get(t.group(0), t.group(0)), param)


def functions_in(text):
    """Names called or declared at bracket depth 0: NAME( with no space, not after . or ->;
    each with its offset in text (and, for an operator, its parameters)."""
    found, depth = [], 0
    for m in re.finditer(r"(?<![\w.>])(%s)\(|%s|[(){}]" % (IDENT, OPERATOR), text):
        tok = m.group(0)
        if tok in "({":
            depth += 1
            continue
        if tok in ")}":
            depth -= 1
            continue
        if depth == 0:
            if tok.startswith("operator"):
                rest = text[m.end():].lstrip()
                params = rest[1:matching(rest, 0, "(", ")") - 1] if rest.startswith("(") else None
                found.append(("op", tok, params, m.start()))
            else:
                found.append(("fn", m.group(1), None, m.start()))
        if tok.endswith("("):
            depth += 1
    return found


PLACEHOLDER = re.compile(r"[\w:]*<\w+>[\w]*(?=[\w(]|\s|$)|(?<![\w>])\.\.\.")


def check_functions(checks, line_at, text, owner=None, template=False):
    for kind, name, params, pos in functions_in(text):
        line = line_at(pos)
        if owner and name == owner:
            continue  # a constructor
        if kind == "op" and not owner:
            checks.operator(line, name, params)
        elif owner:
            checks.member(line, owner, re.sub(r"\s+", " ", name), template)
        else:
            checks.name(line, name)


def without_brackets(text):
    """The text with its operators, string literals and bracketed groups blanked."""
    text = re.sub(OPERATOR, lambda m: " " * len(m.group(0)), text)
    text = remove_groups(text, '"', '"')
    for o, c in ("()", "{}", "[]"):
        text = remove_groups(text, o, c)
    return remove_angles(text)


def check_declarations(checks, line, text, owner=None, template=False):
    """Names declared in one line of statements (brackets already blanked); in a class body
    with owner. An example declares names of its own: only its qualified names count."""
    if line.example:
        for q in re.findall(r"(?<![\w.])(%s)" % IDENT, line.code):
            if "::" in q:
                checks.name(line, q)
        return
    for statement in text.split(";"):
        statement = re.sub(r"^\s*[A-Za-z][\w ]*:(?!:)", " ", statement)
        statement = re.sub(r"\b(public|private|protected)\s*:", " ", statement)
        statement = re.sub(r"\brequires\b.*", " ", statement).strip()
        if not statement:
            continue
        m = re.match(r"^(?:template\s+)?(?:using\s+(\w+)\s*=|(?:struct|class|concept)\s+(\w+))", statement)
        if m:
            declared = m.group(1) or m.group(2)
            checks.member(line, owner, declared, template) if owner else checks.name(line, declared)
            continue
        m = re.match(r"^using\s+(\w+)$", statement)
        if m and owner:
            checks.member(line, owner, m.group(1), template)
            continue
        pieces = split_top(statement)
        for k, piece in enumerate(pieces):
            piece = piece.split("=")[0].strip()
            tokens = re.findall(IDENT, piece)
            if not tokens:
                continue
            if len(tokens) == 1 and re.fullmatch(IDENT, piece):
                declared = tokens[0]
            elif k > 0 and (owner or pieces_declare(pieces)):
                declared = tokens[0]
            elif tokens[0] in DECL_START or tokens[0].startswith("std::") or owner:
                declared = tokens[-1]
            else:
                continue  # prose
            if declared in KEYWORDS or declared.split("::")[0] in FOREIGN or declared == owner:
                continue
            checks.member(line, owner, declared, template) if owner else checks.name(line, declared)


def pieces_declare(pieces):
    first = re.findall(IDENT, pieces[0])
    return bool(first) and (first[0] in DECL_START or first[0].startswith("std::"))


def collect(checks, lines):
    # Macros, enums and class bodies first (they span lines), then the rest line by line.
    text = "\n".join(l.code for l in lines)
    by_offset = []
    offset = 0
    for l in lines:
        by_offset.append((offset, l))
        offset += len(l.code) + 1

    def line_at(pos):
        return [l for o, l in by_offset if o <= pos][-1]

    def blank(a, b):
        nonlocal text
        text = text[:a] + re.sub(r"[^\n]", " ", text[a:b]) + text[b:]

    for m in list(re.finditer(r"#define\s+(\w+)", text)):
        checks.add(line_at(m.start()), m.group(1), "#ifndef %s\n#error %s\n#endif" % (m.group(1), m.group(1)))
        blank(m.start(), text.index("\n", m.start()) if "\n" in text[m.start():] else len(text))
    for m in list(re.finditer(r"enum\s+class\s+(\w+)[^{;]*\{", text)):
        checks.enums.add(m.group(1))
        body = text[m.end():matching(text, m.end() - 1, "{", "}") - 1]
        if not PLACEHOLDER.search(body):
            checks.complete_enums[m.group(1)] = (line_at(m.start()).number,
                                                 {e.split("=")[0].strip() for e in split_top(body)})
    text = PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), text)
    for m in list(re.finditer(r"enum\s+class\s+(\w+)[^{;]*\{", text)):
        line, enum = line_at(m.start()), m.group(1)
        end = matching(text, m.end() - 1, "{", "}")
        checks.name(line, enum)
        for e in split_top(text[m.end():end - 1]):
            e = e.split("=")[0].strip()
            if re.fullmatch(r"\w+", e):
                checks.add(line_at(m.start() + text[m.start():end].find(e)), enum + "::" + e,
                           "static_assert((void(%s::%s::%s), true));" % (checks.namespace, enum, e))
        blank(m.start(), end)
    while True:
        m = re.search(r"(template\s*<)|(struct|class)\s+(\w+)\s*(?::[^;{]*)?\{", text)
        if not m:
            break
        if m.group(1):  # a template header: blank it, remember that a template follows
            end = matching(text, m.end() - 1, "<", ">")
            following = re.match(r"\s*(struct|class)\s+(\w+)\s*(?::[^;{]*)?\{", text[end:])
            blank(m.start(), end)
            if following:
                start = end + following.start(1)
                body_end = matching(text, end + following.end() - 1, "{", "}")
                class_body(checks, line_at, by_offset, text, start, end + following.end(), body_end,
                           following.group(2), True)
                blank(start, body_end)
            continue
        body_end = matching(text, m.end() - 1, "{", "}")
        class_body(checks, line_at, by_offset, text, m.start(), m.end(), body_end, m.group(3), False)
        blank(m.start(), body_end)
    check_functions(checks, line_at, text)
    declarations(checks, by_offset, without_brackets(text))


def declarations(checks, by_offset, text, owner=None, template=False, base=0):
    for offset, line in by_offset:
        if offset < base or offset - base >= len(text):
            continue
        chunk = text[offset - base:offset - base + len(line.code)]
        if chunk.strip():
            check_declarations(checks, line, chunk, owner, template)


def class_body(checks, line_at, by_offset, text, start, body_start, body_end, name, template):
    checks.name(line_at(start), name)
    body = " " * body_start + text[body_start:body_end - 1]
    check_functions(checks, line_at, body, name, template)
    declarations(checks, by_offset, without_brackets(body), name, template)


def translation_unit(header, checks, all_headers):
    api = [i for i in checks.items if not i[3]]
    examples = [i for i in checks.items if i[3]]
    out = ["// Generated by tests/synopsis/check_synopses.py from the synopsis of " + header,
           "#include <%s>" % header, "#include <ostream>"]
    index = {}

    def emit(items):
        for k, (number, name, check, _) in enumerate(items):
            text = check.replace("@", str(len(index)))
            for piece in text.split("\n"):
                out.append(piece)
                index[len(out)] = (number, name)
    emit(api)
    if examples:
        out += ["#include <%s>" % h for h in all_headers]
        emit(examples)
    out.append("")
    return "\n".join(out), index


def include_name(path):
    m = re.search(r"(nevfacts/.*\.hpp)$", path.replace(os.sep, "/"))
    return m.group(1)


def enumerators_in_code(path, enum):
    """The enumerators of `enum class enum` in the header's code, or None if a macro makes them."""
    code = "\n".join(l.split("//")[0] for l in open(path, encoding="utf-8").read().split("\n")
                     if not l.startswith("//"))
    m = re.search(r"enum\s+class\s+%s\b[^{;]*\{([^}]*)\}" % enum, code)
    if not m or re.search(r"\b[A-Z][A-Z_]+\(", m.group(1)):
        return None
    return {e.split("=")[0].strip() for e in split_top(m.group(1))}


def unlisted_enumerators(path, checks):
    """Enumerators the code has and a synopsis that lists an enum in full leaves out."""
    found = {}
    for enum, (number, listed) in checks.complete_enums.items():
        for e in sorted((enumerators_in_code(path, enum) or set()) - listed):
            found["%s::%s (in the code)" % (enum, e)] = number
    return found


def check_header_list(path):
    """A header that lists headers (nevfacts.hpp): each one listed exists and is included, and
    every header beside it is listed. None if the header lists none."""
    text = open(path, encoding="utf-8").read()
    comment = [l for l in text.split("\n")[1:] if l.startswith("//")]
    listed = set(re.findall(r"\b(\w+)\.hpp(?= {2,}\w)", "\n".join(comment)))   # a table
    if not listed:
        return None
    folder = os.path.dirname(path)
    beside = {f[:-4] for f in os.listdir(folder) if f.endswith(".hpp")} - {os.path.basename(path)[:-4]}
    included = set(re.findall(r"#include <nevfacts/(\w+)\.hpp>", text))
    checks = Checks("nevfacts")
    checks.items = [(0, h, "", False) for h in listed]
    missing = {}
    for h in sorted(listed - beside):
        missing["%s.hpp (no such header)" % h] = 1
    for h in sorted((listed & beside) - included):
        missing["%s.hpp (not included)" % h] = 1
    for h in sorted(beside - listed):
        missing["%s.hpp (in the code)" % h] = 1
    return checks, missing


def check_header(path, compiler, flags, verbose):
    namespace, lines = synopsis_of(path)
    if namespace is None:
        return check_header_list(path)
    checks = Checks(namespace)
    collect(checks, lines)
    if not checks.items:
        sys.exit("check_synopses.py: %s: its synopsis names nothing this script can check" % path)
    example_headers = ["nevfacts/nevfacts.hpp"]
    if "/data/" in path:
        example_headers.append("nevfacts/data/china_nev/registry.hpp")
    source, index = translation_unit(include_name(path), checks, example_headers)
    with tempfile.TemporaryDirectory() as tmp:
        tu = os.path.join(tmp, "synopsis.cpp")
        open(tu, "w", encoding="utf-8").write(source)
        clang = "clang" in subprocess.run([compiler, "--version"], capture_output=True, text=True).stdout
        no_error_limit = "-ferror-limit=0" if clang else "-fmax-errors=0"
        run = subprocess.run([compiler, "-std=c++20", "-fsyntax-only", no_error_limit] + flags + [tu],
                             capture_output=True, text=True)
        if verbose:
            print(source)
    missing = {}
    for m in re.finditer(r"synopsis\.cpp:(\d+):(?:\d+:)? error", run.stderr):
        number = int(m.group(1))
        if number in index:
            missing[index[number][1]] = index[number][0]
    missing.update(unlisted_enumerators(path, checks))
    if run.returncode != 0 and not missing:
        sys.exit("check_synopses.py: %s: the generated TU does not compile, and no error is on a "
                 "check line:\n%s\n%s" % (path, run.stderr, source))
    return checks, missing


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--compiler", required=True)
    parser.add_argument("--flag", action="append", default=[])
    parser.add_argument("--expect-missing", default=None)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("headers", nargs="+")
    args = parser.parse_args()
    failed = False
    for header in args.headers:
        result = check_header(header, args.compiler, args.flag, args.verbose)
        if result is None:
            print("%s: no synopsis" % header)
            continue
        checks, missing = result
        for name, number in sorted(missing.items(), key=lambda x: x[1]):
            what = "the synopsis leaves out %s" % name if "(in the code" in name else \
                "the synopsis names %s, which the header does not declare" % name
            print("%s:%d: %s" % (header, number, what))
        print("%s: %d names checked, %d missing" % (header, len(checks.items), len(missing)))
        if args.expect_missing is not None:
            expected = set(n.strip() for n in args.expect_missing.split(";") if n.strip())
            if set(missing) != expected:
                print("expected exactly these missing: %s" % ", ".join(sorted(expected)))
                failed = True
        elif missing:
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
