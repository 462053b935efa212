// draft: word-pattern compiler and matcher. Pattern text → node tree; sentence tokens → leftmost
// match. Evaluation carries sets of end positions, so gaps and alternatives never backtrack.
#include "draft/pattern.h"

#include <algorithm>
#include <cctype>
#include <functional>

namespace pnc::draft {
namespace {

// FNV-1a, for Pattern::Filter; kEnd marks the end of a whole token (a byte tokens never hold).
constexpr uint32_t kFnvBasis = 2166136261u;
constexpr unsigned char kEnd = 0xFF;
uint32_t Fnv(uint32_t h, unsigned char c) { return (h ^ c) * 16777619u; }

std::vector<std::string> Lex(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ') {
      ++i;
    } else if (c == '(' || c == ')' || c == '|' || c == '?' || c == '^' || c == '$' || c == ',') {
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
      while (j < s.size() && std::string_view(" ()|?^$,").find(s[j]) == std::string_view::npos &&
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
      } else if (t == "^" || t == "$") {
        Node st;
        st.kind = t == "^" ? Node::kStart : Node::kEnd;
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
  for (const auto& req : p.required_) {
    p.required_masks_.push_back(p.MaskOf(req));
    p.required_bits_.push_back(p.BitsOf(req));
  }
  p.seq_depth_ = p.SeqDepth(p.root_);
  p.first_ = p.First(p.root_);
  if (p.first_) p.first_mask_ = p.MaskOf(*p.first_);
  p.start_only_ = r.kind == Node::kSeq && !r.kids.empty() && p.nodes_[r.kids[0]].kind == Node::kStart;
  return p;
}

std::vector<uint16_t> Pattern::BitsOf(const std::vector<int>& words) const {
  std::vector<uint16_t> bits;
  for (int w : words) {
    const Node& n = nodes_[w];
    if (n.number || n.word.empty()) return {};
    uint32_t h = kFnvBasis;
    for (char c : n.word) h = Fnv(h, static_cast<unsigned char>(c));
    if (!n.prefix) h = Fnv(h, kEnd);
    bits.push_back(static_cast<uint16_t>(h & 1023));
  }
  return bits;
}

Pattern::ByteMask Pattern::MaskOf(const std::vector<int>& words) const {
  ByteMask m{};
  auto set = [&](unsigned char c) { m[c >> 6] |= uint64_t{1} << (c & 63); };
  for (int w : words) {
    const Node& n = nodes_[w];
    if (n.number) {
      for (char c = '0'; c <= '9'; ++c) set(static_cast<unsigned char>(c));
    } else if (n.word.empty()) {
      m.fill(~uint64_t{0});  // matches any first byte: no filtering
    } else {
      set(static_cast<unsigned char>(n.word[0]));
    }
  }
  return m;
}

// Whether `node` can match without consuming a token.
bool Pattern::Nullable(int node) const {
  const Node& n = nodes_[node];
  switch (n.kind) {
    case Node::kWord:
      return false;
    case Node::kSeq:
      return std::all_of(n.kids.begin(), n.kids.end(), [&](int k) { return Nullable(k); });
    case Node::kAlt:
      return std::any_of(n.kids.begin(), n.kids.end(), [&](int k) { return Nullable(k); });
    default:
      return true;  // gaps, optionals, "^" and "$"
  }
}

// Word nodes one of which must match the first token of any match of `node`, or nullopt when
// that is not known (a match may begin with a gap or an optional item).
std::optional<std::vector<int>> Pattern::First(int node) const {
  const Node& n = nodes_[node];
  switch (n.kind) {
    case Node::kWord:
      return std::vector<int>{node};
    case Node::kSeq:
      for (int k : n.kids) {
        if (nodes_[k].kind == Node::kStart) continue;  // constrains the position, not the token
        if (Nullable(k)) return std::nullopt;
        return First(k);
      }
      return std::nullopt;
    case Node::kAlt: {
      std::vector<int> all;
      for (int k : n.kids) {
        auto f = First(k);
        if (!f) return std::nullopt;
        all.insert(all.end(), f->begin(), f->end());
      }
      return all;
    }
    default:
      return std::nullopt;
  }
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

void Pattern::Eval(int node, const std::vector<std::string>& t, size_t pos, std::vector<size_t>& out) const {
  thread_local std::vector<std::vector<size_t>> scratch;
  // Sized once for the deepest sequence, so no nested call resizes it while an outer one holds
  // references into it.
  if (scratch.size() < 2 * seq_depth_ + 2) scratch.resize(2 * seq_depth_ + 2);
  Eval(node, t, pos, out, scratch, 0);
}

size_t Pattern::SeqDepth(int node) const {
  const Node& n = nodes_[node];
  size_t deepest = 0;
  for (int k : n.kids) deepest = std::max(deepest, SeqDepth(k));
  return deepest + (n.kind == Node::kSeq ? 1 : 0);
}

// `scratch` holds two position sets per sequence depth, reused across calls: allocating them
// afresh was a third of the time of linting a long draft.
void Pattern::Eval(int node, const std::vector<std::string>& t, size_t pos, std::vector<size_t>& out,
                   std::vector<std::vector<size_t>>& scratch, size_t depth) const {
  const Node& n = nodes_[node];
  switch (n.kind) {
    case Node::kWord:
      if (pos < t.size() && WordMatches(n, t[pos])) out.push_back(pos + 1);
      return;
    case Node::kStart:
      if (pos == 0) out.push_back(pos);
      return;
    case Node::kEnd:  // only clause marks may follow ("Why:" is "why ,")
      if (std::all_of(t.begin() + static_cast<long>(pos), t.end(), [](const std::string& w) { return w == ","; })) {
        out.push_back(pos);
      }
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
      Eval(n.kids[0], t, pos, out, scratch, depth);
      return;
    case Node::kAlt:
      for (int k : n.kids) Eval(k, t, pos, out, scratch, depth);
      return;
    case Node::kSeq: {
      std::vector<size_t>& cur = scratch[2 * depth];
      std::vector<size_t>& next = scratch[2 * depth + 1];
      cur.assign(1, pos);
      for (int k : n.kids) {
        next.clear();
        for (size_t i = 0; i < cur.size(); ++i) Eval(k, t, cur[i], next, scratch, depth + 1);
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

Pattern::Filter Pattern::FilterOf(const std::vector<std::string>& tokens) {
  Filter f{};
  auto set = [&](uint32_t h) { f[(h >> 6) & 15] |= uint64_t{1} << (h & 63); };
  for (const auto& t : tokens) {
    uint32_t h = kFnvBasis;
    for (char c : t) {
      h = Fnv(h, static_cast<unsigned char>(c));
      set(h);  // every prefix, for "word*"
    }
    set(Fnv(h, kEnd));  // the whole token, for "word"
  }
  return f;
}

std::optional<Pattern::Match> Pattern::Find(const std::vector<std::string>& tokens, const Filter* filter) const {
  if (filter) {
    for (const auto& bits : required_bits_) {
      if (bits.empty()) continue;
      bool any = false;
      for (uint16_t b : bits) any = any || (((*filter)[b >> 6] >> (b & 63)) & 1);
      if (!any) return std::nullopt;
    }
  }
  for (size_t g = 0; g < required_.size(); ++g) {
    bool any = false;
    for (const auto& t : tokens) {
      if (!InMask(required_masks_[g], t)) continue;
      for (int w : required_[g]) {
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
    if (start_only_ && s > 0) break;
    if (first_ && (!InMask(first_mask_, tokens[s]) || std::none_of(first_->begin(), first_->end(), [&](int w) {
          return WordMatches(nodes_[w], tokens[s]);
        }))) {
      continue;
    }
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
