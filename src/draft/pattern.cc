// draft: word-pattern compiler and matcher. Pattern text → node tree; sentence tokens → leftmost
// match. Evaluation carries sets of end positions, so gaps and alternatives never backtrack.
#include "draft/pattern.h"

#include <algorithm>
#include <cctype>
#include <functional>

namespace pnc::draft {
namespace {

std::vector<std::string> Lex(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ') {
      ++i;
    } else if (c == '(' || c == ')' || c == '|' || c == '?' || c == '^' || c == ',') {
      out.emplace_back(1, c);
      ++i;
    } else if (c == '.') {
      size_t j = i;
      while (j < s.size() && s[j] == '.') ++j;
      size_t k = j;
      while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) ++k;
      out.emplace_back(s.substr(i, k - i));
      i = k;
    } else {
      size_t j = i;
      while (j < s.size() && std::string_view(" ()|?^,").find(s[j]) == std::string_view::npos &&
             !(s[j] == '.' && j + 1 < s.size() && s[j + 1] == '.')) {
        ++j;
      }
      std::string w(s.substr(i, j - i));
      for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      out.push_back(std::move(w));
      i = j;
    }
  }
  return out;
}

}  // namespace

std::optional<Pattern> Pattern::Compile(std::string_view src, std::string* error) {
  Pattern p;
  p.source_ = std::string(src);
  std::vector<std::string> lex = Lex(src);
  size_t pos = 0;
  std::string err;
  // Recursive descent: alt := seq ('|' seq)*; seq := (atom '?'?)*
  auto add = [&](Node n) {
    p.nodes_.push_back(std::move(n));
    return static_cast<int>(p.nodes_.size()) - 1;
  };
  std::function<int()> alt;
  std::function<int()> seq = [&]() -> int {
    Node s;
    s.kind = Node::kSeq;
    while (pos < lex.size() && lex[pos] != ")" && lex[pos] != "|") {
      const std::string& t = lex[pos];
      int atom;
      if (t == "(") {
        ++pos;
        atom = alt();
        if (pos >= lex.size() || lex[pos] != ")") {
          err = "missing ')'";
          return -1;
        }
        ++pos;
      } else if (t == "?") {
        err = "'?' follows nothing";
        return -1;
      } else if (t[0] == '.') {
        Node g;
        g.kind = Node::kGap;
        size_t dots = t.find_first_not_of('.');
        if (dots == std::string::npos) dots = t.size();
        if (dots < 2) {
          err = "a single '.'";
          return -1;
        }
        g.max = dots < t.size() ? std::stoi(t.substr(dots)) : (dots == 2 ? 4 : 10);
        atom = add(g);
        ++pos;
      } else if (t == "^") {
        Node st;
        st.kind = Node::kStart;
        atom = add(st);
        ++pos;
      } else {
        Node w;
        w.kind = Node::kWord;
        w.word = t;
        if (t == "#") {
          w.number = true;
        } else if (t.size() > 1 && t.back() == '*') {
          w.prefix = true;
          w.word.pop_back();
        }
        atom = add(w);
        ++pos;
      }
      if (atom < 0) return -1;
      if (pos < lex.size() && lex[pos] == "?") {
        Node o;
        o.kind = Node::kOpt;
        o.kids.push_back(atom);
        atom = add(o);
        ++pos;
      }
      s.kids.push_back(atom);
    }
    return add(s);
  };
  alt = [&]() -> int {
    Node a;
    a.kind = Node::kAlt;
    int first = seq();
    if (first < 0) return -1;
    a.kids.push_back(first);
    while (pos < lex.size() && lex[pos] == "|") {
      ++pos;
      int next = seq();
      if (next < 0) return -1;
      a.kids.push_back(next);
    }
    return a.kids.size() == 1 ? first : add(a);
  };
  p.root_ = alt();
  if (p.root_ >= 0 && pos < lex.size()) err = "unexpected ')'";
  if (p.root_ < 0 || !err.empty()) {
    if (error) *error = "pattern '" + std::string(src) + "': " + (err.empty() ? "malformed" : err);
    return std::nullopt;
  }
  if (p.nodes_[p.root_].kind == Node::kSeq && p.nodes_[p.root_].kids.empty()) {
    if (error) *error = "pattern '" + std::string(src) + "' is empty";
    return std::nullopt;
  }
  // Prefilter: for a top-level sequence, every child with anchors must have one present.
  const Node& r = p.nodes_[p.root_];
  std::vector<int> tops = r.kind == Node::kSeq ? r.kids : std::vector<int>{p.root_};
  for (int k : tops) {
    if (auto a = p.Anchors(k)) p.required_.push_back(*a);
  }
  return p;
}

// Word nodes one of which must match for `node` to match, or nullopt when none is required.
std::optional<std::vector<int>> Pattern::Anchors(int node) const {
  const Node& n = nodes_[node];
  switch (n.kind) {
    case Node::kWord:
      if (n.number || n.word == ",") return std::nullopt;
      return std::vector<int>{node};
    case Node::kSeq:
      for (int k : n.kids) {
        if (auto a = Anchors(k)) return a;
      }
      return std::nullopt;
    case Node::kAlt: {
      std::vector<int> all;
      for (int k : n.kids) {
        auto a = Anchors(k);
        if (!a) return std::nullopt;
        all.insert(all.end(), a->begin(), a->end());
      }
      return all;
    }
    default:
      return std::nullopt;
  }
}

bool Pattern::WordMatches(const Node& n, const std::string& t) const {
  if (n.number) return !t.empty() && std::isdigit(static_cast<unsigned char>(t[0]));
  if (n.prefix) return t.size() >= n.word.size() && t.compare(0, n.word.size(), n.word) == 0;
  return t == n.word;
}

void Pattern::Eval(int node, const std::vector<std::string>& t, size_t pos, std::vector<size_t>& out) const {
  const Node& n = nodes_[node];
  switch (n.kind) {
    case Node::kWord:
      if (pos < t.size() && WordMatches(n, t[pos])) out.push_back(pos + 1);
      return;
    case Node::kStart:
      if (pos == 0) out.push_back(pos);
      return;
    case Node::kGap: {
      // Clause marks do not count towards a gap's length.
      int words = 0;
      for (size_t p = pos; p <= t.size(); ++p) {
        out.push_back(p);
        if (p == t.size()) break;
        if (t[p] != "," && ++words > n.max) break;
      }
      return;
    }
    case Node::kOpt:
      out.push_back(pos);
      Eval(n.kids[0], t, pos, out);
      return;
    case Node::kAlt:
      for (int k : n.kids) Eval(k, t, pos, out);
      return;
    case Node::kSeq: {
      std::vector<size_t> cur{pos}, next;
      for (int k : n.kids) {
        next.clear();
        for (size_t p : cur) Eval(k, t, p, next);
        std::sort(next.begin(), next.end());
        next.erase(std::unique(next.begin(), next.end()), next.end());
        if (next.empty()) return;
        cur.swap(next);
      }
      out.insert(out.end(), cur.begin(), cur.end());
      return;
    }
  }
}

std::optional<Pattern::Match> Pattern::Find(const std::vector<std::string>& tokens) const {
  for (const auto& req : required_) {
    bool any = false;
    for (int w : req) {
      for (const auto& t : tokens) {
        if (WordMatches(nodes_[w], t)) {
          any = true;
          break;
        }
      }
      if (any) break;
    }
    if (!any) return std::nullopt;
  }
  std::vector<size_t> ends;
  for (size_t s = 0; s < tokens.size(); ++s) {
    ends.clear();
    Eval(root_, tokens, s, ends);
    // A match must consume a token (gaps alone do not count).
    size_t best = 0;
    for (size_t e : ends) {
      if (e > s && (best == 0 || e < best)) best = e;
    }
    if (best) return Match{s, best};
  }
  return std::nullopt;
}

}  // namespace pnc::draft
