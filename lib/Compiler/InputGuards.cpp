//===- InputGuards.cpp - refuse inputs that crash upstream MLIR -----------===//

#include "mxmoe/Compiler/InputGuards.h"

#include "llvm/ADT/StringExtras.h"

namespace mxmoe {

namespace {

bool isIdentifierChar(char c) {
  return llvm::isAlnum(c) || c == '_' || c == '$' || c == '.' || c == '-';
}

/// Skips whitespace and `//` comments from `i`; the position after them.
size_t skipTrivia(llvm::StringRef s, size_t i) {
  while (i < s.size()) {
    if (llvm::isSpace(s[i])) {
      ++i;
    } else if (s[i] == '/' && i + 1 < s.size() && s[i + 1] == '/') {
      size_t end = s.find('\n', i);
      i = end == llvm::StringRef::npos ? s.size() : end + 1;
    } else {
      break;
    }
  }
  return i;
}

/// Whether `s` at `i` is the keyword `word` (not a prefix of a longer name).
bool isKeywordAt(llvm::StringRef s, size_t i, llvm::StringRef word) {
  return s.substr(i).starts_with(word) &&
         (i + word.size() == s.size() || !isIdentifierChar(s[i + word.size()]));
}

ParserHazard hazardAt(llvm::StringRef s, size_t offset, std::string message) {
  ParserHazard h;
  h.offset = offset;
  llvm::StringRef before = s.take_front(offset);
  h.line = 1 + before.count('\n');
  size_t lineStart = before.rfind('\n');
  h.column = 1 + (lineStart == llvm::StringRef::npos ? offset
                                                     : offset - lineStart - 1);
  h.message = std::move(message);
  return h;
}

} // namespace

std::optional<ParserHazard> findParserHazard(llvm::StringRef s) {
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '"') { // a string literal: skip it, escapes included
      for (++i; i < s.size() && s[i] != '"' && s[i] != '\n'; ++i)
        if (s[i] == '\\')
          ++i;
      ++i;
      continue;
    }
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
      i = skipTrivia(s, i);
      continue;
    }
    // `array` as a keyword: not part of a longer name (`!llvm.array<...>`,
    // `@array`, `%array`, `#array`).
    bool startsName =
        i == 0 ||
        !(isIdentifierChar(s[i - 1]) || s[i - 1] == '!' || s[i - 1] == '@' ||
          s[i - 1] == '%' || s[i - 1] == '#' || s[i - 1] == '^');
    if (c == 'a' && startsName && isKeywordAt(s, i, "array")) {
      size_t open = skipTrivia(s, i + 5);
      if (open < s.size() && s[open] == '<') {
        size_t type = skipTrivia(s, open + 1);
        if (isKeywordAt(s, type, "index"))
          return hazardAt(s, i,
                          "a dense array of 'index' elements is refused: "
                          "MLIR 22's parser crashes on it (use i64)");
        if (type < s.size() && s[type] == '!')
          return hazardAt(s, i,
                          "a dense array whose element type is a type alias "
                          "is refused: MLIR 22's parser crashes when the alias "
                          "is 'index' (spell the integer or float type)");
      }
      i += 5;
      continue;
    }
    ++i;
  }
  return std::nullopt;
}

} // namespace mxmoe
