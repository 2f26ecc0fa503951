//===- Perf.cpp - static performance analysis of gfx9 kernels -------------===//

#include "mxmoe/Perf/Perf.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace mxmoe::perf {

const char *toString(InstClass c) {
  switch (c) {
  case InstClass::MFMA:
    return "mfma";
  case InstClass::VALU:
    return "valu";
  case InstClass::VMEM:
    return "vmem";
  case InstClass::DS:
    return "ds";
  case InstClass::SALU:
    return "salu";
  case InstClass::Wait:
    return "wait";
  case InstClass::Barrier:
    return "barrier";
  case InstClass::Branch:
    return "branch";
  case InstClass::Other:
    return "other";
  }
  return "?";
}

InstClass classify(const std::string &m) {
  llvm::StringRef s(m);
  if (s.starts_with("v_mfma") || s.starts_with("v_smfmac"))
    return InstClass::MFMA;
  if (s.starts_with("buffer_") || s.starts_with("global_") ||
      s.starts_with("flat_") || s.starts_with("scratch_"))
    return InstClass::VMEM;
  if (s.starts_with("ds_"))
    return InstClass::DS;
  if (s.starts_with("v_"))
    return InstClass::VALU;
  if (s.starts_with("s_waitcnt") || s.starts_with("s_wait_"))
    return InstClass::Wait;
  if (s == "s_barrier")
    return InstClass::Barrier;
  if (s.starts_with("s_cbranch") || s == "s_branch" || s == "s_endpgm" ||
      s == "s_setpc_b64")
    return InstClass::Branch;
  if (s.starts_with("s_"))
    return InstClass::SALU;
  return InstClass::Other;
}

double LoopInfo::mfmaBusy() const {
  if (!mcaCyclesPerIteration || *mcaCyclesPerIteration <= 0)
    return 0;
  return std::min(1.0, mfmaPasses * 4.0 / *mcaCyclesPerIteration);
}

int KernelReport::wavesPerSIMD(int64_t ldsPerCU, int maxWaves) const {
  int waves = maxWaves;
  int64_t regs = std::max<int64_t>(vgprs, 0) + std::max<int64_t>(agprs, 0);
  if (regs > 0) {
    int64_t granule = (regs + 7) / 8 * 8;
    waves = std::min<int>(waves, int(512 / granule));
  }
  if (ldsBytes > 0 && workgroupSize > 0) {
    int64_t groups = ldsPerCU / ldsBytes;
    int64_t wavesPerGroup = (workgroupSize + 63) / 64;
    waves = std::min<int>(waves, int(groups * wavesPerGroup / 4));
  }
  return std::max(waves, 0);
}

namespace {

/// MFMA passes (4 cycles each) by shape: 16x16 = 4, 32x32 = 8 (llvm-mca's
/// gfx950 model; fp8 scaled is 8 on hardware, see docs).
int mfmaPasses(const std::string &mnemonic) {
  if (mnemonic.find("32x32") != std::string::npos)
    return 8;
  if (mnemonic.find("4x4") != std::string::npos &&
      mnemonic.find("16x16") == std::string::npos)
    return 2;
  return 4;
}

std::string mnemonicOf(llvm::StringRef line) {
  line = line.trim();
  return line.take_until([](char c) { return c == ' ' || c == '\t'; }).str();
}

bool isInstruction(llvm::StringRef line) {
  line = line.trim();
  if (line.empty() || line.starts_with(";") || line.starts_with(".") ||
      line.starts_with("//") || line.ends_with(":"))
    return false;
  char c = line.front();
  return (c >= 'a' && c <= 'z');
}

int64_t metadataInt(llvm::StringRef block, llvm::StringRef key) {
  size_t pos = block.find(key);
  if (pos == llvm::StringRef::npos)
    return -1;
  llvm::StringRef rest = block.substr(pos + key.size()).ltrim(": \t");
  int64_t v = -1;
  rest.take_while([](char c) { return c >= '0' && c <= '9'; })
      .getAsInteger(10, v);
  return v;
}

} // namespace

std::vector<KernelReport> analyzeIsa(const std::string &text) {
  llvm::StringRef isa(text);
  std::vector<KernelReport> kernels;
  llvm::SmallVector<llvm::StringRef> lines;
  isa.split(lines, '\n');
  // Assembly comments (`; ...`) may follow labels and instructions.
  for (llvm::StringRef &l : lines)
    l = l.split(';').first.rtrim();

  // Kernel bodies: from "name:" (a symbol declared .type name,@function)
  // to s_endpgm.
  std::vector<std::string> functions;
  for (llvm::StringRef l : lines) {
    llvm::StringRef t = l.trim();
    if (t.consume_front(".type") && t.contains("@function")) {
      t = t.trim();
      functions.push_back(
          t.take_until([](char c) { return c == ','; }).trim().str());
    }
  }
  for (const std::string &fn : functions) {
    KernelReport k;
    k.name = fn;
    size_t start = 0;
    for (; start < lines.size(); ++start)
      if (lines[start].trim() == fn + ":")
        break;
    std::map<std::string, size_t> labels;
    struct Branch {
      size_t at;
      std::string target;
    };
    std::vector<Branch> backBranches;
    std::vector<std::string> body;
    for (size_t i = start + 1; i < lines.size(); ++i) {
      llvm::StringRef l = lines[i].trim();
      if (l.ends_with(":") && !l.starts_with(";")) {
        labels[l.drop_back().str()] = body.size();
        continue;
      }
      if (!isInstruction(l))
        continue;
      std::string m = mnemonicOf(l);
      body.push_back(l.str());
      ++k.mix[classify(m)];
      ++k.instructions;
      if (classify(m) == InstClass::Branch && m != "s_endpgm") {
        std::string target = llvm::StringRef(l).rsplit(' ').second.trim().str();
        auto it = labels.find(target);
        if (it != labels.end())
          backBranches.push_back({body.size() - 1, target});
      }
      if (m == "s_endpgm")
        break;
    }
    // The main loop: the back branch whose body holds the most MFMAs (then
    // the most instructions), among the innermost MFMA loops: a loop around
    // another MFMA loop (a persistent grid's loop over tiles) is not one.
    auto hasMfma = [&](size_t from, size_t to) {
      for (size_t i = from; i <= to; ++i)
        if (classify(mnemonicOf(body[i])) == InstClass::MFMA)
          return true;
      return false;
    };
    int bestMfma = -1;
    size_t bestSize = 0;
    for (const Branch &br : backBranches) {
      size_t from = labels[br.target];
      bool aroundMfmaLoop = false;
      for (const Branch &inner : backBranches) {
        size_t innerFrom = labels[inner.target];
        if (&inner != &br && innerFrom >= from && inner.at < br.at &&
            (innerFrom > from || inner.at < br.at) &&
            hasMfma(innerFrom, inner.at))
          aroundMfmaLoop = true;
      }
      if (aroundMfmaLoop)
        continue;
      LoopInfo loop;
      loop.label = br.target;
      for (size_t i = from; i <= br.at; ++i) {
        loop.body.push_back(body[i]);
        std::string m = mnemonicOf(body[i]);
        ++loop.mix[classify(m)];
        if (classify(m) == InstClass::MFMA)
          loop.mfmaPasses += mfmaPasses(m);
      }
      int mf = loop.mix[InstClass::MFMA];
      // A loop without MFMAs (a routing walk, an epilogue's) is no main
      // loop: a kernel with no MFMA loop is counted whole.
      if (mf == 0)
        continue;
      if (mf > bestMfma || (mf == bestMfma && loop.body.size() > bestSize)) {
        bestMfma = mf;
        bestSize = loop.body.size();
        k.mainLoop = loop;
      }
    }
    if (!k.mainLoop && !body.empty()) {
      LoopInfo loop;
      loop.label = fn;
      loop.wholeKernel = true;
      for (const std::string &l : body) {
        loop.body.push_back(l);
        std::string m = mnemonicOf(l);
        ++loop.mix[classify(m)];
        if (classify(m) == InstClass::MFMA)
          loop.mfmaPasses += mfmaPasses(m);
      }
      k.mainLoop = loop;
    }
    // Metadata: the kernel's entry in .amdgpu_metadata.
    size_t meta = isa.find(".name:           " + fn);
    if (meta == llvm::StringRef::npos)
      meta = isa.find(".name: " + fn);
    if (meta != llvm::StringRef::npos) {
      // The entry runs from the previous "- " to the next kernel or the end.
      // Kernel entries are the two-space list items of amdhsa.kernels
      // (their argument lists are indented further).
      size_t begin = text.rfind("\n  - ", meta);
      size_t end = text.find("\n  - ", meta);
      llvm::StringRef entry =
          isa.slice(begin == llvm::StringRef::npos ? meta : begin,
                    end == llvm::StringRef::npos ? isa.size() : end);
      k.vgprs = metadataInt(entry, ".vgpr_count");
      k.agprs = metadataInt(entry, ".agpr_count");
      k.sgprs = metadataInt(entry, ".sgpr_count");
      k.ldsBytes = metadataInt(entry, ".group_segment_fixed_size");
      k.scratchBytes = metadataInt(entry, ".private_segment_fixed_size");
      k.vgprSpills = metadataInt(entry, ".vgpr_spill_count");
      k.sgprSpills = metadataInt(entry, ".sgpr_spill_count");
      k.workgroupSize = metadataInt(entry, ".max_flat_workgroup_size");
    }
    kernels.push_back(k);
  }
  return kernels;
}

std::optional<std::string> runMca(std::vector<KernelReport> &kernels,
                                  const std::string &llvmMca,
                                  const std::string &chip) {
  for (KernelReport &k : kernels) {
    if (!k.mainLoop)
      continue;
    llvm::SmallString<128> in, out;
    int fd;
    if (llvm::sys::fs::createTemporaryFile("moe-perf", "s", fd, in))
      return "cannot create a temporary file";
    {
      llvm::raw_fd_ostream os(fd, true);
      for (const std::string &l : k.mainLoop->body)
        if (classify(mnemonicOf(l)) != InstClass::Branch)
          os << l << "\n";
    }
    llvm::sys::fs::createTemporaryFile("moe-perf", "txt", out);
    const int iterations = 100;
    std::string itArg = "-iterations=" + std::to_string(iterations);
    std::string cpuArg = "-mcpu=" + chip;
    llvm::SmallVector<llvm::StringRef> args = {
        llvmMca, "-mtriple=amdgcn-amd-amdhsa", cpuArg, itArg, in};
    std::optional<llvm::StringRef> redirects[] = {
        std::nullopt, llvm::StringRef(out), llvm::StringRef(out)};
    std::string err;
    int rc = llvm::sys::ExecuteAndWait(llvmMca, args, std::nullopt, redirects,
                                       0, 0, &err);
    auto text = llvm::MemoryBuffer::getFile(out);
    llvm::sys::fs::remove(in);
    llvm::sys::fs::remove(out);
    if (rc != 0 || !text)
      return "llvm-mca failed on the main loop of " + k.name +
             (text ? ": " + (*text)->getBuffer().take_front(300).str() : "");
    llvm::StringRef t = (*text)->getBuffer();
    size_t pos = t.find("Total Cycles:");
    if (pos != llvm::StringRef::npos) {
      int64_t cycles = 0;
      t.substr(pos + 13)
          .ltrim()
          .take_while([](char c) { return c >= '0' && c <= '9'; })
          .getAsInteger(10, cycles);
      k.mainLoop->mcaCyclesPerIteration = double(cycles) / iterations;
    }
  }
  return std::nullopt;
}

Launch routedLaunch(const KernelGrid &grid, int64_t tokens, int64_t kDim,
                    const Tile &tile, const KernelReport &report,
                    int wavesPerSIMD, int64_t stepsPerIteration) {
  Launch launch;
  if (!report.mainLoop || !report.mainLoop->mcaCyclesPerIteration)
    return launch;
  std::array<int64_t, 3> wgs = grid.workgroups(tokens);
  launch.workgroups = wgs[0] * wgs[1];
  // A workgroup walks its split-K slice; a kernel without a main loop (too
  // few K steps for a steady loop) is counted once, whole.
  int64_t kSteps = (kDim + tile.k - 1) / tile.k;
  int64_t split = std::max<int64_t>(1, grid.splitK);
  kSteps = (kSteps + split - 1) / split;
  launch.loopIterations = report.mainLoop->wholeKernel
                              ? 1
                              : (kSteps + stepsPerIteration - 1) /
                                    std::max<int64_t>(1, stepsPerIteration);
  launch.wavesPerWorkgroup = grid.lanes / kWaveSize;
  launch.wavesPerSIMD = std::max(1, wavesPerSIMD);
  launch.cyclesPerIteration = *report.mainLoop->mcaCyclesPerIteration;
  return launch;
}

Roofline roofline(const ChipInfo &chip, const StageWork &w, double mfmaBusy,
                  const Launch &launch) {
  Roofline r;
  const ChipInfo::Performance &hw = chip.perf;
  const ProblemShape &s = w.problem;
  double peak = 0, actBytes = 0;
  switch (s.precision) {
  case Precision::A16W4:
    peak = hw.peakBF16;
    actBytes = 2.0;
    break;
  case Precision::A8W4:
    peak = hw.peakFP8;
    actBytes = 1.03;
    break;
  case Precision::A4W4:
    peak = hw.peakFP4;
    actBytes = 0.53;
    break;
  }
  int64_t rows = w.tokens * s.topk;
  int64_t active = std::min(s.experts, rows);
  // Stage 2: weights [D, I] per expert; stage 1: [2I, D].
  int64_t n = w.stage == 2 ? s.modelDim : 2 * s.interDim;
  int64_t k = w.stage == 2 ? s.interDim : s.modelDim;
  double weightBytes = double(active) * n * (k / 2.0 + k / 32.0);
  double inBytes = double(w.stage == 2 ? rows : w.tokens) * k * actBytes;
  double outBytes = double(w.stage == 2 ? w.tokens : rows) *
                    (w.stage == 2 ? s.modelDim : s.interDim) * 4.0;
  r.bytes = weightBytes + inBytes + outBytes;
  r.flops = 2.0 * double(rows) * n * k;
  r.memorySeconds = r.bytes / hw.hbmBytesPerSecond;
  r.computeSeconds = r.flops / peak;
  r.boundSeconds = std::max(r.memorySeconds, r.computeSeconds);
  double busy = mfmaBusy > 0 ? mfmaBusy : 1.0;
  if (launch.workgroups > 0 && launch.cyclesPerIteration > 0) {
    int64_t concurrent = std::max<int64_t>(
        1, hw.computeUnits * chip.simdsPerCU * launch.wavesPerSIMD /
               std::max<int64_t>(1, launch.wavesPerWorkgroup));
    int64_t rounds = (launch.workgroups + concurrent - 1) / concurrent;
    r.latencySeconds = double(rounds) * launch.loopIterations *
                       launch.cyclesPerIteration * 4.0 / hw.clockHz;
  }
  r.predictedSeconds =
      std::max({r.memorySeconds, r.computeSeconds / busy, r.latencySeconds});
  return r;
}

Roofline mi355xRoofline(const StageWork &work, double mfmaBusy,
                        const Launch &launch) {
  return roofline(*lookupChip("gfx950"), work, mfmaBusy, launch);
}

} // namespace mxmoe::perf
