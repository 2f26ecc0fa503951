//===- TestSeed.h - the seed of randomized tests ---------------*- C++ -*-===//

#ifndef MXMOE_UNITTESTS_TESTSEED_H
#define MXMOE_UNITTESTS_TESTSEED_H

#include <cstdlib>
#include <random>

namespace mxmoe::test {

/// A fresh seed per run, or MXMOE_TEST_SEED to replay one. Tests print it
/// (SCOPED_TRACE) so a failure names the seed that produced it.
inline unsigned testSeed() {
  if (const char *s = std::getenv("MXMOE_TEST_SEED"))
    return unsigned(std::strtoul(s, nullptr, 10));
  return std::random_device{}();
}

} // namespace mxmoe::test

#endif // MXMOE_UNITTESTS_TESTSEED_H
