#include "support/text_similarity.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <stdexcept>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace keikaku::testing {
namespace {

// What Python's \s matches in a str pattern (str.isspace()).
bool IsPythonSpace(UChar32 c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

bool IsIgnoredPunctuation(UChar32 c) {
  static const std::u32string kIgnored = U"・、,。「」『』()（）[]【】※*";
  return kIgnored.find(static_cast<char32_t>(c)) != std::u32string::npos;
}

std::u32string KeyCodePoints(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU has no NFKC data");
  const icu::UnicodeString folded = nfkc->normalize(icu::UnicodeString::fromUTF8(text), status);
  if (U_FAILURE(status)) throw std::runtime_error("NFKC failed");
  std::u32string key;
  for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
    const UChar32 c = folded.char32At(i);
    if (!IsPythonSpace(c) && !IsIgnoredPunctuation(c)) key.push_back(static_cast<char32_t>(c));
  }
  return key;
}

struct Match {
  size_t a, b, size;
};

// difflib.SequenceMatcher without junk: longest matching blocks, found recursively.
class SequenceMatcher {
 public:
  SequenceMatcher(const std::u32string& a, const std::u32string& b) : a_(a), b_(b) {
    for (size_t j = 0; j < b_.size(); ++j) b2j_[b_[j]].push_back(j);
  }

  size_t MatchingCharacters() const {
    size_t matched = 0;
    std::vector<std::tuple<size_t, size_t, size_t, size_t>> queue = {{0, a_.size(), 0, b_.size()}};
    while (!queue.empty()) {
      const auto [alo, ahi, blo, bhi] = queue.back();
      queue.pop_back();
      const Match m = FindLongestMatch(alo, ahi, blo, bhi);
      if (m.size == 0) continue;
      matched += m.size;
      if (alo < m.a && blo < m.b) queue.emplace_back(alo, m.a, blo, m.b);
      if (m.a + m.size < ahi && m.b + m.size < bhi) queue.emplace_back(m.a + m.size, ahi, m.b + m.size, bhi);
    }
    return matched;
  }

 private:
  Match FindLongestMatch(size_t alo, size_t ahi, size_t blo, size_t bhi) const {
    Match best{alo, blo, 0};
    std::unordered_map<size_t, size_t> j2len;
    for (size_t i = alo; i < ahi; ++i) {
      std::unordered_map<size_t, size_t> next_j2len;
      const auto found = b2j_.find(a_[i]);
      if (found != b2j_.end()) {
        for (const size_t j : found->second) {
          if (j < blo) continue;
          if (j >= bhi) break;
          const auto previous = j > 0 ? j2len.find(j - 1) : j2len.end();
          const size_t k = (previous == j2len.end() ? 0 : previous->second) + 1;
          next_j2len[j] = k;
          if (k > best.size) best = {i + 1 - k, j + 1 - k, k};
        }
      }
      j2len = std::move(next_j2len);
    }
    while (best.a > alo && best.b > blo && a_[best.a - 1] == b_[best.b - 1]) {
      --best.a, --best.b, ++best.size;
    }
    while (best.a + best.size < ahi && best.b + best.size < bhi && a_[best.a + best.size] == b_[best.b + best.size]) {
      ++best.size;
    }
    return best;
  }

  const std::u32string& a_;
  const std::u32string& b_;
  std::unordered_map<char32_t, std::vector<size_t>> b2j_;
};

}  // namespace

std::string ScoringKey(std::string_view text) {
  const std::u32string key = KeyCodePoints(text);
  std::string utf8;
  icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(key.data()), static_cast<int32_t>(key.size()))
      .toUTF8String(utf8);
  return utf8;
}

double TextSimilarity(std::string_view a, std::string_view b) {
  const std::u32string key_a = KeyCodePoints(a), key_b = KeyCodePoints(b);
  if (key_a.empty() || key_b.empty()) return key_a == key_b ? 1.0 : 0.0;
  if (key_a == key_b) return 1.0;
  const size_t matched = SequenceMatcher(key_a, key_b).MatchingCharacters();
  return 2.0 * static_cast<double>(matched) / static_cast<double>(key_a.size() + key_b.size());
}

}  // namespace keikaku::testing
