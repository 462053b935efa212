// rules: DPA 2018 Schedule 1 conditions: unknown ids (with a short list of the ones that fit) and
// the appropriate policy document that paras 1(1)(b) and 5 require (Part 4, paras 38-41).
#include <algorithm>
#include <cctype>

#include "rules/context.h"
#include "source/loader.h"

namespace pnc::rules {
namespace {

constexpr size_t kHintIds = 8;  // a hint names at most this many ids; data/law.json has them all

// "18", "para 18", "paragraph-18", "sch1-para-18", "schedule 1 paragraph 18" → "18"; else "".
std::string ParagraphNumber(const std::string& id) {
  std::vector<std::string> words(1);
  for (char ch : id) {
    if (std::isalnum(static_cast<unsigned char>(ch))) {
      words.back() += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  size_t i = 0;
  auto is = [&](std::initializer_list<const char*> any) {
    return i < words.size() && std::any_of(any.begin(), any.end(), [&](const char* w) { return words[i] == w; });
  };
  if (is({"dpa"})) ++i;
  if (is({"2018"})) ++i;
  if (is({"sch", "schedule"})) {
    ++i;
    if (is({"1"})) ++i;
  } else if (is({"sch1", "schedule1"})) {
    ++i;
  }
  if (is({"para", "paragraph", "p"})) ++i;
  if (i + 1 != words.size() || words[i].size() > 2) return "";
  const std::string& n = words[i];
  return std::all_of(n.begin(), n.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }) ? n : "";
}

}  // namespace

std::string CappedIds(const std::vector<std::string>& ids) {
  std::string s;
  for (size_t i = 0; i < ids.size() && i < kHintIds; ++i) s += (s.empty() ? "" : ", ") + ids[i];
  if (ids.size() > kHintIds) s += " and " + std::to_string(ids.size() - kHintIds) + " more (see data/law.json)";
  return s;
}

std::vector<std::string> ScheduleOneFor(const LawData& law, const std::string& use) {
  std::vector<std::string> ids;
  for (const auto& s : law.schedule_1) {
    if (std::count(s.for_conditions.begin(), s.for_conditions.end(), use)) ids.push_back(s.id);
  }
  return ids;
}

const LawTerm* KnownScheduleOne(const RuleContext& ctx, const source::Ref& ref, const std::string& rule,
                                const std::vector<std::string>& fits) {
  if (const LawTerm* t = LawData::Find(ctx.law.schedule_1, ref.id)) return t;
  std::string guess, para = ParagraphNumber(ref.id);
  for (const auto& s : ctx.law.schedule_1) {
    if (!para.empty() && s.paragraph == para) guess = s.id + "' (paragraph " + para + ", " + s.title + ")";
  }
  if (guess.empty() && para.empty()) {
    guess = source::DidYouMean(ref.id, Ids(ctx.law.schedule_1));
    // A shortened id ("safeguarding") names the one condition it begins.
    for (const auto& s : ctx.law.schedule_1) {
      if (guess.empty() && s.id.rfind(ref.id + "-", 0) == 0) guess = s.id;
    }
    if (!guess.empty()) guess += "'";
  }
  std::vector<std::string> hints = {"use one of: " + CappedIds(fits.empty() ? Ids(ctx.law.schedule_1) : fits)};
  if (guess.empty() && !para.empty()) {
    hints.push_back("Schedule 1 paragraph " + para +
                    " is not a condition pnc offers: paragraphs 5 and 36-41 are "
                    "rules about the conditions, and paragraphs 22-23, 25-26, 34-35 serve bodies other than charities");
  }
  ctx.Report(rule, ref.pointer,
             "unknown Schedule 1 condition '" + ref.id + "'" + (guess.empty() ? "" : "; did you mean '" + guess + "?"),
             hints);
  return nullptr;
}

void CheckScheduleOne(const RuleContext& ctx) {
  const auto& m = ctx.model;
  std::vector<const LawTerm*> need;
  auto add = [&](const source::Ref& ref) {
    const LawTerm* t = LawData::Find(ctx.law.schedule_1, ref.id);
    if (t && t->needs_apd && std::find(need.begin(), need.end(), t) == need.end()) need.push_back(t);
  };
  for (const auto& p : m.purposes) {
    if (p.special.present()) add(p.special.schedule_1);
    if (p.criminal.present()) add(p.criminal.schedule_1);
  }
  for (const auto& d : m.decisions) add(d.special.schedule_1);
  if (need.empty() || !m.controller.appropriate_policy_document.empty() ||
      m.controller.appropriate_policy_document_held) {
    return;
  }
  std::sort(need.begin(), need.end(), [](const LawTerm* a, const LawTerm* b) {
    // Numeric order without parsing: pnc's data holds paragraph numbers as digit strings.
    return std::make_pair(a->paragraph.size(), a->paragraph) < std::make_pair(b->paragraph.size(), b->paragraph);
  });
  std::string paras;
  for (size_t i = 0; i < need.size(); ++i) {
    paras += (i == 0 ? "" : i + 1 == need.size() ? " and " : ", ") + need[i]->paragraph;
  }
  ctx.Report("appropriate-policy-document", m.controller.contact.pointer,
             std::string("this notice relies on DPA 2018 Schedule 1 paragraph") + (need.size() > 1 ? "s " : " ") +
                 paras + ", which need" + (need.size() > 1 ? "" : "s") + " an appropriate policy document",
             {"add \"appropriate_policy_document\" to the controller: its web address (pnc links it beside the "
              "conditions), or true if it is in place but not published (Sch 1 paras 1(1)(b), 5, 38-41)"});
}

}  // namespace pnc::rules
