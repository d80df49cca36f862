#!/usr/bin/env python3
"""Renders nev_report --html's pages in headless Chromium and checks the DOM Chromium built.

usage: check_html.py NEV_REPORT SOURCES_DIR OUT_DIR

For each document page: the source text shown is the file as received (data/sources/<file>);
the claim marks, pieces joined, are one per claim marked, each claim's words where they stand in
that text; marked + listed as not found = the document's claims (from --json); each left-out
figure is marked at the places its words stand, or listed as not found. The index lists every
document, derived figure and check. A screenshot of each page is kept in OUT_DIR (doc000.png ...).
Chromium is required: without it the test fails (scripts/install-deps.sh installs it).
"""
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

report, sources, out_dir = sys.argv[1:4]
failures = []


def expect(condition, message):
    if not condition:
        failures.append(message)


chromium = os.environ.get("NEVFACTS_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
if not chromium:
    print("FAIL: chromium not found (Debian package 'chromium'; scripts/install-deps.sh installs it)")
    sys.exit(1)

pages_dir = os.path.join(out_dir, "pages")
shutil.rmtree(pages_dir, ignore_errors=True)
subprocess.run([report, "--html", pages_dir, "--sources", sources], check=True, capture_output=True)
data = json.loads(subprocess.run([report, "--json"], check=True, capture_output=True, text=True).stdout)
profile = tempfile.mkdtemp(prefix="nevfacts-chromium-")


def chromium_run(*args):
    # As root Chromium needs --no-sandbox; a fresh profile keeps runs apart.
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
               f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()


class Tree(html.parser.HTMLParser):
    """The DOM as Chromium serialised it (well formed), as a tree of Nodes and strings."""
    void = {"meta", "br", "img", "link", "input", "hr", "col", "wbr"}

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.root = self.at = Node("#root", [], None)
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.at)
        self.at.children.append(node)
        if tag not in self.void:
            self.at = node

    def handle_endtag(self, tag):
        node = self.at
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.at = node.parent

    def handle_data(self, text):
        self.at.children.append(text)


def rendered(page):
    result = chromium_run("--dump-dom", "file://" + os.path.abspath(page))
    expect(result.returncode == 0 and "</html>" in result.stdout, f"chromium renders {page}: {result.stderr[-300:]}")
    return Tree(result.stdout).root


def by_id(root, ident):
    return next((n for n in root.walk() if n.attrs.get("id") == ident), None)


def marks_with_offsets(pre):
    """Every <mark> inside the source view, with the offset of its text in the view's text."""
    found, offset = [], 0

    def visit(node):
        nonlocal offset
        for c in node.children:
            if isinstance(c, str):
                offset += len(c)
            else:
                if c.tag == "mark":
                    found.append((c, offset))
                visit(c)
    visit(pre)
    return found


def whole_word_count(text, words):
    """Places the words stand as whole words, by the rule nevfacts's find_words states: no ASCII
    letter or digit on either side; a figure does not continue a number (1.5, 2,500, -3, $4)
    and is not followed by '%' or by a decimal part."""
    ascii_alnum = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    digits = set("0123456789")
    count, at = 0, text.find(words)
    while at >= 0:
        end = at + len(words)
        before = text[at - 1] if at > 0 else " "
        after = text[end] if end < len(text) else " "
        starts = before not in ascii_alnum and not (words[0] in digits and (
            before in "$-+" or (before in ".," and at >= 2 and text[at - 2] in digits)))
        ends = after not in ascii_alnum and not (words[-1] in digits and (
            after == "%" or (after in ".," and end + 1 < len(text) and text[end + 1] in digits)))
        count += starts and ends
        at = text.find(words, at + 1)
    return count


claims_of = {}
for fact in data["facts"]:
    claims_of.setdefault(fact["document"], []).append(fact)
left_out_of = {}
for figure in data["left_out"]:
    left_out_of.setdefault(figure["document"], []).append(figure)

total_marks = total_left_out_marks = 0
for number, document in enumerate(data["documents"]):
    page = os.path.join(pages_dir, document["id"] + ".html")
    expect(os.path.exists(page), f"a page for {document['id']}")
    if not os.path.exists(page):
        continue
    with open(os.path.join(sources, document["file"]), encoding="utf-8") as f:
        source = f.read().replace("\r\n", "\n")
    root = rendered(page)
    pre = by_id(root, "source")
    expect(pre is not None, f"{document['id']}: a source view")
    if pre is None:
        continue
    shown = pre.text()
    expect(shown == source, f"{document['id']}: the source view shows {document['file']} as received")
    claims = claims_of.get(document["id"], [])
    words_of = {fact["id"]: fact["stated"] for fact in claims}

    pieces = {}   # fact id -> [(offset, text)]
    left_pieces = {}   # (figure index, place) -> [(offset, text)]
    first_pieces = 0
    for mark, offset in marks_with_offsets(pre):
        classes = mark.attrs.get("class", "").split()
        if "claim" in classes:
            pieces.setdefault(mark.attrs.get("data-fact"), []).append((offset, mark.text()))
            first_pieces += mark.attrs.get("data-piece") == "first"
            expect(any(c.startswith("v-") for c in classes), f"{document['id']}: mark of {mark.attrs.get('data-fact')} "
                                                              "says its checks' verdict")
            expect(mark.attrs.get("title", "").startswith(mark.attrs.get("data-fact", "?")),
                   f"{document['id']}: mark of {mark.attrs.get('data-fact')} shows its fact")
        elif "left-out" in classes:
            key = (int(mark.attrs["data-left-out"]), int(mark.attrs["data-place"]))
            left_pieces.setdefault(key, []).append((offset, mark.text()))
            expect(mark.attrs.get("title", "").startswith("not encoded: "),
                   f"{document['id']}: a left-out mark's reason")

    def joined(parts):
        """The pieces of one mark: contiguous in the text, their texts joined."""
        start, text = parts[0][0], ""
        for offset, piece in parts:
            expect(offset == start + len(text), f"{document['id']}: the pieces of a mark are contiguous")
            text += piece
        return start, text

    not_found = int(by_id(root, "not-found-count").text())
    expect(int(by_id(root, "claims-count").text()) == len(claims), f"{document['id']}: the page counts its claims")
    expect(first_pieces == len(pieces), f"{document['id']}: one first piece per marked claim")
    expect(len(pieces) + not_found == len(claims),
           f"{document['id']}: {len(pieces)} claim marks + {not_found} not found = {len(claims)} claims")
    not_found_items = [n for n in by_id(root, "not-found").walk() if n.tag == "li"]
    expect(len(not_found_items) == not_found, f"{document['id']}: every claim not found is listed")
    for fact_id, parts in pieces.items():
        expect(fact_id in words_of, f"{document['id']}: mark of a claim of this document ({fact_id})")
        start, text = joined(parts)
        expect(text == words_of.get(fact_id), f"{document['id']}: mark of {fact_id} reads {text!r}")
        expect(source[start:start + len(text)] == text, f"{document['id']}: {fact_id}'s words stand in the source "
                                                       f"text where they are marked")

    figures = left_out_of.get(document["id"], [])
    expect(int(by_id(root, "left-out-count").text()) == len(figures), f"{document['id']}: the page counts its left-out")
    marked_figures = {index for index, _ in left_pieces}
    left_not_found = int(by_id(root, "left-out-not-found").text())
    expect(len(marked_figures) + left_not_found == len(figures),
           f"{document['id']}: {len(marked_figures)} left-out figures marked + {left_not_found} not found = "
           f"{len(figures)} left out")
    for index, figure in enumerate(figures):
        places = sorted(place for i, place in left_pieces if i == index)
        if not places:
            continue
        expected = 1 if figure["occurrence"] > 0 else whole_word_count(source, figure["words"])
        expect(len(places) == expected, f"{document['id']}: {figure['words']!r} marked at {len(places)} places, "
                                        f"stands at {expected}")
        for place in places:
            start, text = joined(left_pieces[(index, place)])
            expect(text == figure["words"] and source[start:start + len(text)] == text,
                   f"{document['id']}: left-out {figure['words']!r} marked where it stands")
    total_marks += len(pieces)
    total_left_out_marks += len(left_pieces)
    print(f"{document['id']}: {len(claims)} claims, {len(pieces)} marked, {not_found} not in the text; "
          f"{len(figures)} left out, {len(left_pieces)} left-out marks")

    screenshot = os.path.abspath(os.path.join(out_dir, document["id"] + ".png"))
    if os.path.exists(screenshot):
        os.remove(screenshot)
    shot = chromium_run(f"--screenshot={screenshot}", "--window-size=1280,1800", "file://" + os.path.abspath(page))
    expect(shot.returncode == 0 and os.path.exists(screenshot) and os.path.getsize(screenshot) > 10000,
           f"{document['id']}: a screenshot at {screenshot}")

index = rendered(os.path.join(pages_dir, "index.html"))
rows = lambda table: [n for n in by_id(index, table).walk() if n.tag == "tr"][1:]  # noqa: E731
expect(len(rows("documents")) == len(data["documents"]), "the index lists every document")
expect(len(rows("derived")) == len(data["derived"]), "the index lists every derived figure")
expect(len(rows("checks")) == len(data["checks"]), "the index lists every check")
verdicts = [n.text() for row in rows("checks") for n in row.walk() if "verdict" in n.attrs.get("class", "")]
expect(verdicts == [c["verdict"] for c in data["checks"]], "the index gives every check's verdict")
shutil.rmtree(profile, ignore_errors=True)

for f in failures:
    print("FAIL:", f)
print(f"html: {len(data['documents'])} pages, {total_marks} claim marks, {total_left_out_marks} left-out marks, "
      f"{len(data['checks'])} checks on the index; screenshot {os.path.abspath(os.path.join(out_dir, 'doc000.png'))}")
print(f"{1 if not failures else 0} passed, {1 if failures else 0} failed")
sys.exit(1 if failures else 0)
