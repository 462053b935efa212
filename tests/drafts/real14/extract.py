#!/usr/bin/env python3
"""(real14: as ../real13/extract.py, plus a seventh kind, django, for a Django template page: the
template tags ({% ... %}) are dropped and the rest is read as markup. The other kinds are unchanged.
real12: as ../real11/extract.py, plus a sixth kind, mdent, for a Markdown file whose text holds HTML
character references (an email address written as &#108;&#105;...): read as md, then the references are
unescaped. The other kinds are unchanged.
real11: as ../real10/extract.py, plus a fifth kind, firstpane, for a page whose notice is the first of
several Bootstrap tabs (<div class="tab-pane ...">): only the first pane is kept, Blade comments ({{-- --}})
dropped, and read as markup; the other
kinds are unchanged.
real9: as ../real8/extract.py, plus a fourth kind, jsxmd, for a React component whose notice is
Markdown held in a JSX template literal (text={`...`}): only the literal is kept and read as md. md, markup
and haml are unchanged.
real8: as ../real7/extract.py, plus a third kind, haml, for a Rails HAML view whose text sits
under a ':markdown' filter: the HAML structure lines ('.row', '%p', ':markdown', '-', '=') are dropped,
the rest is dedented and then read as md. md and markup are unchanged.
real4: as ../real3/extract.py, plus PHP variables printed with <?= $x; ?> replaced by
their value and JSX {' '} read like {" "}.)
Turns a website source file (Markdown, or HTML/TSX/PHP markup) into the plain text the labels'
line numbers refer to: headings as '# ', list items as '- '.

    python3 extract.py SOURCE_FILE md|markup|haml|jsxmd|firstpane|mdent|django OUT.txt

SOURCE_FILE is the file named by a label's "source" (repo, path, commit), e.g. fetched with
    curl -sL https://raw.githubusercontent.com/<repo>/<commit>/<path>
"""
import html
import re
import sys


def md(t):
    t = re.sub(r'\A---\n.*?\n---\n', '', t, flags=re.S)          # front matter
    t = re.sub(r'\A\+\+\+\n.*?\n\+\+\+\n', '', t, flags=re.S)
    t = re.sub(r'\[([^\]]*)\]\(([^)]*)\)', r'\1 (\2)', t)
    t = re.sub(r'<a [^>]*href="([^"]*)"[^>]*>(.*?)</a>', r'\2 (\1)', t, flags=re.S)
    t = re.sub(r'</?(small|br|p|div|span|strong|em|sup)[^>]*>', '', t)
    t = t.replace('**', '').replace('__', '')
    t = re.sub(r'^\s*[*•]\s+', '- ', t, flags=re.M)
    t = re.sub(r'^=\s+', '# ', t, flags=re.M)
    t = re.sub(r'^>\s?', '', t, flags=re.M)
    t = re.sub(r'\n{3,}', '\n\n', t)
    return t.strip() + '\n'


def markup(t):
    # PHP: a page that prints a variable set in the same file (<?= $email; ?>) shows its value
    php_vars = dict(re.findall(r'\$(\w+)\s*=\s*"([^"$]*)"\s*;', t))
    t = re.sub(r'<\?=\s*\$(\w+)\s*;?\s*\?>', lambda m: php_vars.get(m.group(1), ''), t)
    t = re.sub(r'<\?.*?\?>', '', t, flags=re.S)                   # other PHP
    if 'return (' in t:                                             # TSX: keep the returned JSX
        t = re.sub(r'\A.*?return \(', '', t, flags=re.S)
    t = re.sub(r'\{(["\'])\s*\1\}', ' ', t)                         # JSX {" "} or {' '}
    t = re.sub(r'<(script|style)[^>]*>.*?</\1>', '', t, flags=re.S)
    t = re.sub(r'<a [^>]*>(.*?)</a>', r'\1', t, flags=re.S)
    t = re.sub(r'<Link [^>]*>(.*?)</Link>', r'\1', t, flags=re.S)
    t = re.sub(r'<h[1-6][^>]*>', '\n\n# ', t)
    t = re.sub(r'<li[^>]*>', '\n- ', t)
    t = re.sub(r'</(p|h[1-6]|li|ul|ol|div|section|tr)>', '\n\n', t)
    t = re.sub(r'<br\s*/?>', '\n', t)
    t = re.sub(r'<[^>]+>', ' ', t)
    t = html.unescape(t)
    t = re.sub(r'\{`([^`]*)`\}', r'\1', t)
    blocks = [re.sub(r'[ \t\r\n]+', ' ', b).strip() for b in re.split(r'\n\s*\n', t)]
    blocks = [b for b in blocks if b and b not in (')', '}', ');', ')}')]
    res = [re.sub(r'\s*-\s+', '\n- ', b) if b.startswith('- ') else b for b in blocks]
    return '\n\n'.join(res).strip() + '\n'


def haml(t):
    import textwrap
    keep = [l for l in t.split('\n')
            if not re.match(r'\s*([.%=]|:markdown|-(?!\s))', l)]
    return md(textwrap.dedent('\n'.join(keep)))


def jsxmd(t):
    m = re.search(r'text=\{`(.*?)`\}', t, flags=re.S)
    return md(m.group(1))


def firstpane(t):
    panes = re.split(r'<div class="tab-pane', t)
    return markup(re.sub(r'\{\{--.*?--\}\}', '', '<div class="tab-pane' + panes[1], flags=re.S))


def mdent(t):
    return html.unescape(md(t))


def django(t):
    return markup(re.sub(r'\{%.*?%\}', '', t))


if __name__ == '__main__':
    src, kind, out = sys.argv[1:4]
    text = open(src, encoding='utf-8').read()
    conv = {'md': md, 'markup': markup, 'haml': haml, 'jsxmd': jsxmd, 'firstpane': firstpane, 'mdent': mdent, 'django': django}[kind]
    open(out, 'w', encoding='utf-8').write(conv(text))
