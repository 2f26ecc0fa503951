//===- ConvertBench.cpp - checkpoint-to-kernel-layout conversion speed ----===//
//
// Not a test: converts one GPT-OSS-120B layer's experts (E = 128, D = I =
// 2880; 1.6 GB of MXFP4 blocks and scales, random) from the checkpoint's
// arrangement to the kernels' (fmt::convertCheckpointExperts) and prints the
// throughput in checkpoint bytes per second.
// Usage: mxmoe-convert-bench [experts] [model_dim] [inter_dim]
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Format/Layouts.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

using namespace mxmoe;

int main(int argc, char **argv) {
  int64_t e = argc > 1 ? std::atoll(argv[1]) : 128;
  int64_t d = argc > 2 ? std::atoll(argv[2]) : 2880;
  int64_t inter = argc > 3 ? std::atoll(argv[3]) : 2880;
  auto fill = [](std::vector<uint8_t> &v, uint64_t seed) {
    uint64_t s = seed;
    for (uint8_t &x : v) {
      s = s * 6364136223846793005ull + 1442695040888963407ull;
      x = uint8_t(s >> 56);
    }
  };
  std::vector<uint8_t> w13(e * 2 * inter * d / 2), s13(e * 2 * inter * d / 32),
      w2(e * d * inter / 2), s2(e * d * inter / 32);
  fill(w13, 1);
  fill(s13, 2);
  fill(w2, 3);
  fill(s2, 4);
  std::vector<float> b13(e * 2 * inter, 0.5f), b2(e * d, 0.25f);
  fmt::CheckpointExperts in;
  in.w13 = w13.data();
  in.w13Scales = s13.data();
  in.b13 = b13.data();
  in.w2 = w2.data();
  in.w2Scales = s2.data();
  in.b2 = b2.data();
  in.experts = e;
  in.modelDim = d;
  in.interDim = inter;
  double bytes = double(w13.size() + s13.size() + w2.size() + s2.size()) +
                 4.0 * (b13.size() + b2.size());
  fmt::KernelExperts out;
  auto start = std::chrono::steady_clock::now();
  auto err = fmt::convertCheckpointExperts(
      in, fmt::GateUpArrangement::Interleaved,
      fmt::WeightLayout::Preshuffle16x16, fmt::ScaleLayout::E8M0Shuffle, out);
  double s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  if (err) {
    std::fprintf(stderr, "mxmoe-convert-bench: %s\n", err->c_str());
    return 1;
  }
  std::printf("experts %lld, D %lld, I %lld: %.2f GB converted in %.3f s = "
              "%.2f GB/s (%u hardware threads)\n",
              (long long)e, (long long)d, (long long)inter, bytes / 1e9, s,
              bytes / 1e9 / s, std::thread::hardware_concurrency());
  return 0;
}
