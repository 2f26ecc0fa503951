//===- InputLimitsTest.cpp - hostile input refused in one diagnostic ------===//
//
// The parser-hazard pre-scan finds a dense array of index wherever it sits
// (random whitespace and comments around it) and never a look-alike; the
// library entries the C API uses (compileSource, compileKernel,
// checkLayerConfig) refuse hazards and unaddressable shapes with one
// diagnostic instead of crashing or compiling.
//
//===----------------------------------------------------------------------===//

#include "../TestSeed.h"

#include "mxmoe/Compiler/Compile.h"
#include "mxmoe/Compiler/InputGuards.h"
#include "mxmoe/Plan/Layer.h"
#include "mxmoe/Plan/Limits.h"

#include "mlir/IR/Diagnostics.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace mxmoe;

namespace {

/// Random trivia the MLIR lexer skips: spaces, newlines, `//` comments.
std::string trivia(std::mt19937 &rng) {
  static const char *const pieces[] = {
      "", " ", "\n", "  ", "\t", " // note\n", "\n// array<i32>\n"};
  std::string s;
  for (int n = rng() % 3; n > 0; --n)
    s += pieces[rng() % std::size(pieces)];
  return s;
}

TEST(InputLimits, PreScanFindsDenseArraysOfIndex) {
  unsigned seed = test::testSeed();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 rng(seed);
  for (int trial = 0; trial < 200; ++trial) {
    std::string before = "module attributes {moe.s = \"array<index>\"," +
                         trivia(rng) + " moe.t = !llvm.array<2 x index>,\n";
    std::string hazard = "array" + trivia(rng) + "<" + trivia(rng) +
                         (rng() % 2 ? "index" : "!alias") + trivia(rng) +
                         ": 1>";
    std::string source = before + "moe.a = " + hazard + "} {}";
    std::optional<ParserHazard> found = findParserHazard(source);
    ASSERT_TRUE(found) << source;
    size_t at = before.size() + std::string("moe.a = ").size();
    EXPECT_EQ(found->offset, at) << source;
    EXPECT_EQ(found->line, 1 + std::count(before.begin(), before.end(), '\n'));
    EXPECT_EQ(found->column, at - before.rfind('\n'));
    // Without the hazard only look-alikes remain.
    EXPECT_FALSE(findParserHazard(before + "moe.a = array<i64: 1>} {}"))
        << source;
  }
  // Names that end in `array` are not the keyword.
  for (const char *ok :
       {"%array<index>", "@array<index>", "!x.array<index>", "#x.array<index>",
        "myarray<index>", "array", "\"unterminated array<index>"})
    EXPECT_FALSE(findParserHazard(ok)) << ok;
}

/// Collects the diagnostics of a context.
struct Diagnostics {
  explicit Diagnostics(mlir::MLIRContext &context)
      : handler(&context, [this](mlir::Diagnostic &d) {
          messages.push_back(d.str());
          return mlir::success();
        }) {}
  std::vector<std::string> messages;
  mlir::ScopedDiagnosticHandler handler;
};

TEST(InputLimits, CompileSourceRefusesTheParserCrash) {
  std::unique_ptr<mlir::MLIRContext> context = createContext();
  Diagnostics diags(*context);
  mlir::FailureOr<std::string> out =
      compileSource("module attributes {moe.a = array<index: 1>} {}",
                    EmitKind::MLIR, CompileOptions(), *context, "hostile");
  EXPECT_TRUE(mlir::failed(out));
  ASSERT_EQ(diags.messages.size(), 1u);
  EXPECT_NE(diags.messages[0].find("dense array of 'index'"),
            std::string::npos);
}

TEST(InputLimits, CompileSourceNeedsNoTerminator) {
  // The C API's text need not end in NUL: MLIR's lexer would read on into
  // the bytes after it (found by moe-fuzz under ASan).
  std::unique_ptr<mlir::MLIRContext> context = createContext();
  Diagnostics diags(*context);
  const char buffer[] = "module {}\n%junk = \"after the end";
  mlir::FailureOr<std::string> out =
      compileSource(llvm::StringRef(buffer, 10), EmitKind::MLIR,
                    CompileOptions(), *context, "unterminated");
  EXPECT_TRUE(mlir::succeeded(out));
  EXPECT_TRUE(diags.messages.empty())
      << (diags.messages.empty() ? "" : diags.messages[0]);
}

TEST(InputLimits, CompileKernelRefusesUnaddressableShapes) {
  std::unique_ptr<mlir::MLIRContext> context = createContext();
  Diagnostics diags(*context);
  Stage2Config s2;
  s2.problem = {Precision::A16W4, int64_t(1) << 40, 2880, 128, 4};
  EXPECT_TRUE(mlir::failed(
      compileKernel(s2, EmitKind::MLIR, CompileOptions(), *context)));
  ASSERT_EQ(diags.messages.size(), 1u);
  EXPECT_EQ(diags.messages[0].rfind("w2 (E*D*I/2 = ", 0), 0u)
      << diags.messages[0];

  // The largest shapes of the known models fit: deepseek-r1's w13 is 3.7 GB.
  for (const char *name : {"gpt-oss-120b", "deepseek-r1"})
    EXPECT_EQ(checkProblemShape(knownModel(name)->problem), "") << name;
  ProblemShape p = knownModel("deepseek-r1")->problem;
  p.experts = 512; // w13 7.5 GB
  EXPECT_EQ(checkProblemShape(p).rfind("w13 ", 0), 0u);
  EXPECT_EQ(checkProblemShape(p, Stages::Stage2), ""); // w2 3.7 GB
  p.topk = 513;
  EXPECT_NE(checkProblemShape(p).find("exceeds experts"), std::string::npos);
}

TEST(InputLimits, LayerBucketsStayInTheTokenField) {
  LayerConfig c = *knownModel("gpt-oss-20b");
  c.tokenBuckets = {1, kMaxTokens + 1};
  EXPECT_NE(checkLayerConfig(c).find("24-bit token field"), std::string::npos);
  // 2^20 tokens of gpt-oss: x (T*D bf16) is 6 GB, past a buffer resource.
  c.tokenBuckets = {1, int64_t(1) << 20};
  EXPECT_NE(checkLayerConfig(c).find("exceeds the 4294967295 bytes"),
            std::string::npos);
  c.tokenBuckets = {1, 32, 256, 4096};
  EXPECT_EQ(checkLayerConfig(c), "");
}

} // namespace
