//===- Problems.cpp - kernels for MoE problem descriptions ----------------===//

#include "mxmoe/Compiler/Problems.h"

#include "mxmoe/Format/Layouts.h"

#include <algorithm>
#include <sstream>

namespace mxmoe {

std::string Stage2Config::kernelName() const {
  std::ostringstream os;
  os << "moe_stage2_" << precision << "_d" << modelDim << "_i" << interDim
     << "_e" << experts << "_k" << topk << nameSuffix;
  return os.str();
}

std::string stage2KernelSource(const Stage2Config &c) {
  std::string hType = c.precision == "a16w4" ? "bf16" : "i8";
  bool hScales = c.precision != "a16w4";
  auto mem = [](const std::string &elem) {
    return "memref<?x" + elem + ", 1>";
  };
  std::ostringstream os;
  os << "gpu.module @moe_stage2 {\n"
     << "  gpu.func @" << c.kernelName() << "(%h: " << mem(hType);
  if (hScales)
    os << ", %hs: " << mem("i8");
  os << ", %w: " << mem("i8") << ", %ws: " << mem("i8");
  if (c.bias)
    os << ", %b: " << mem("f32");
  os << ", %ids: " << mem("i32") << ", %sw: " << mem("f32")
     << ", %eids: " << mem("i32") << ", %nv: " << mem("i32")
     << ", %t: i32, %y: " << mem(c.out) << ") kernel\n"
     << "      attributes {known_block_size = array<i32: " << 64 * c.waves
     << ", 1, 1>} {\n"
     << "    moe.stage2 <" << c.precision << "> h(%h : " << mem(hType);
  if (hScales)
    os << ", %hs : " << mem("i8");
  os << ") w(%w : " << mem("i8") << ", %ws : " << mem("i8") << ")";
  if (c.bias)
    os << " bias(%b : " << mem("f32") << ")";
  os << " routing(%ids : " << mem("i32") << ", %sw : " << mem("f32")
     << ", %eids : " << mem("i32") << ", %nv : " << mem("i32") << ", %t)"
     << " -> %y : " << mem(c.out) << " {weight_layout = #moe.weight_layout<"
     << c.weightLayout << ">, scale_layout = #moe.scale_layout<"
     << c.scaleLayout << ">, model_dim = " << c.modelDim
     << ", inter_dim = " << c.interDim << ", experts = " << c.experts
     << ", topk = " << c.topk << ", combine = #moe.combine<" << c.combine
     << ">, routing_weight = " << (c.routingWeight ? "true" : "false")
     << ", split_k = " << c.splitK << ", tile = #moe.tile<m = " << c.tileM
     << ", n = " << c.tileN << ", k = " << c.tileK << ", waves = " << c.waves
     << ">}\n    gpu.return\n  }\n";
  if (c.combine == "store") {
    // The deterministic reduction of the per-slot rows.
    os << "  gpu.func @" << c.kernelName() << "_reduce(%slots: " << mem(c.out)
       << ", %topk_ids: " << mem("i32") << ", %t: i32, %eb: i32, %y: "
       << mem(c.out)
       << ") kernel\n      attributes {known_block_size = array<i32: "
       << kSlotReduceBlock << ", 1, 1>} {\n"
       << "    moe.slot_reduce %slots : " << mem(c.out) << " ids(%topk_ids : "
       << mem("i32") << ", %t, %eb) -> %y : " << mem(c.out)
       << " {model_dim = " << c.modelDim << ", topk = " << c.topk
       << ", experts = " << c.experts << ", block_size = " << kSlotReduceBlock
       << ", planes = " << c.splitK << "}\n    gpu.return\n  }\n";
  }
  os << "}\n";
  return os.str();
}

std::string Stage1Config::kernelName() const {
  std::ostringstream os;
  os << "moe_stage1_" << precision << "_d" << modelDim << "_i" << interDim
     << "_e" << experts << "_k" << topk;
  if (out != "bf16")
    os << "_" << out;
  if (splitK > 1)
    os << "_sk" << splitK;
  os << nameSuffix;
  return os.str();
}

std::string stage1KernelSource(const Stage1Config &c) {
  std::string xType = c.precision == "a16w4" ? "bf16" : "i8";
  bool xScales = c.precision != "a16w4";
  bool quantized = c.out != "bf16";
  bool split = c.splitK > 1;
  // Split-K: the GEMM kernel writes f32 planes; the finish kernel does the
  // bias, activation and output.
  std::string hType = quantized ? "i8" : "bf16";
  std::string gemmOut = split ? "f32" : hType;
  auto mem = [](const std::string &elem) {
    return "memref<?x" + elem + ", 1>";
  };
  std::string outputAttrs = "output = #moe.output<" + c.out +
                            ">, scale_rounding = #moe.scale_rounding<" +
                            c.scaleRounding + ">, activation = #moe.activation<" +
                            c.activation + ">, ";
  std::ostringstream os;
  os << "gpu.module @moe_stage1 {\n  gpu.func @" << c.kernelName()
     << "(%x: " << mem(xType);
  if (xScales)
    os << ", %xs: " << mem("i8");
  os << ", %w: " << mem("i8") << ", %ws: " << mem("i8");
  if (c.bias && !split)
    os << ", %b: " << mem("f32");
  os << ", %ids: " << mem("i32") << ", %eids: " << mem("i32")
     << ", %nv: " << mem("i32") << ", %t: i32, %h: " << mem(gemmOut);
  if (quantized && !split)
    os << ", %hs: " << mem("i8");
  os << ") kernel\n      attributes {known_block_size = array<i32: "
     << 64 * c.waves << ", 1, 1>} {\n    moe.stage1 <" << c.precision
     << "> x(%x : " << mem(xType);
  if (xScales)
    os << ", %xs : " << mem("i8");
  os << ") w(%w : " << mem("i8") << ", %ws : " << mem("i8") << ")";
  if (c.bias && !split)
    os << " bias(%b : " << mem("f32") << ")";
  os << " routing(%ids : " << mem("i32") << ", %eids : " << mem("i32")
     << ", %nv : " << mem("i32") << ", %t) -> %h : " << mem(gemmOut);
  if (quantized && !split)
    os << ", %hs : " << mem("i8");
  os << " {" << (split ? "split_k = " + std::to_string(c.splitK) + ", "
                       : outputAttrs)
     << "weight_layout = #moe.weight_layout<" << c.weightLayout
     << ">, scale_layout = #moe.scale_layout<" << c.scaleLayout
     << ">, gate_up = #moe.gate_up<" << c.gateUp
     << ">, model_dim = " << c.modelDim << ", inter_dim = " << c.interDim
     << ", experts = " << c.experts << ", topk = " << c.topk
     << ", tile = #moe.tile<m = " << c.tileM << ", n = " << c.tileN
     << ", k = " << c.tileK << ", waves = " << c.waves
     << ">}\n    gpu.return\n  }\n";
  if (split) {
    os << "  gpu.func @" << c.kernelName() << "_finish(%p: " << mem("f32");
    if (c.bias)
      os << ", %b: " << mem("f32");
    os << ", %topk_ids: " << mem("i32") << ", %t: i32, %eb: i32, %h: "
       << mem(hType);
    if (quantized)
      os << ", %hs: " << mem("i8");
    os << ") kernel\n      attributes {known_block_size = array<i32: "
       << kStage1FinishBlock << ", 1, 1>} {\n    moe.stage1_finish %p : "
       << mem("f32");
    if (c.bias)
      os << " bias(%b : " << mem("f32") << ")";
    os << " ids(%topk_ids : " << mem("i32") << ", %t, %eb) -> %h : "
       << mem(hType);
    if (quantized)
      os << ", %hs : " << mem("i8");
    os << " {" << outputAttrs << "gate_up = #moe.gate_up<" << c.gateUp
       << ">, inter_dim = " << c.interDim << ", experts = " << c.experts
       << ", topk = " << c.topk << ", split_k = " << c.splitK
       << ", block_size = " << kStage1FinishBlock
       << "}\n    gpu.return\n  }\n";
  }
  os << "}\n";
  return os.str();
}

int64_t stage1FinishWorkgroups(const Stage1Config &c, int64_t tokens) {
  int64_t lanes = tokens * c.topk * ((c.interDim + 31) / 32);
  return (lanes + kStage1FinishBlock - 1) / kStage1FinishBlock;
}

std::array<int64_t, 3> stage1Grid(const Stage1Config &c, int64_t tokens) {
  int64_t blocks = fmt::routedBlocks(tokens, c.topk, c.experts, c.tileM);
  return {(2 * c.interDim + c.tileN - 1) / c.tileN, blocks * c.splitK, 1};
}

std::string QuantizeConfig::kernelName() const {
  std::ostringstream os;
  os << "moe_quantize_" << format << "_" << input << "_c" << cols;
  if (scaleRounding != "floor")
    os << "_" << scaleRounding;
  os << nameSuffix;
  return os.str();
}

std::string quantizeKernelSource(const QuantizeConfig &c) {
  auto mem = [](const std::string &elem) {
    return "memref<?x" + elem + ", 1>";
  };
  std::ostringstream os;
  os << "gpu.module @moe_quantize {\n  gpu.func @" << c.kernelName()
     << "(%x: " << mem(c.input) << ", %t: i32, %codes: " << mem("i8")
     << ", %scales: " << mem("i8")
     << ") kernel\n      attributes {known_block_size = array<i32: "
     << kQuantizeBlock << ", 1, 1>} {\n    moe.quantize_mx %x : "
     << mem(c.input) << " rows %t -> %codes : " << mem("i8") << ", %scales : "
     << mem("i8") << " {format = #moe.output<" << c.format
     << ">, scale_rounding = #moe.scale_rounding<" << c.scaleRounding
     << ">, cols = " << c.cols << ", block_size = " << kQuantizeBlock
     << "}\n    gpu.return\n  }\n}\n";
  return os.str();
}

int64_t quantizeWorkgroups(const QuantizeConfig &c, int64_t tokens) {
  int64_t lanes = tokens * (c.cols / 32);
  return (lanes + kQuantizeBlock - 1) / kQuantizeBlock;
}

std::string SortConfig::kernelName() const {
  std::ostringstream os;
  os << "moe_sort_e" << experts << "_k" << topk << "_bm" << blockM
     << nameSuffix;
  return os.str();
}

std::string sortKernelSource(const SortConfig &c) {
  auto mem = [](const std::string &elem) {
    return "memref<?x" + elem + ", 1>";
  };
  std::ostringstream os;
  os << "gpu.module @moe_sort {\n  gpu.func @" << c.kernelName()
     << "(%ids: " << mem("i32");
  if (c.weights)
    os << ", %w: " << mem("f32");
  os << ", %t: i32, %eb: i32, %sid: " << mem("i32") << ", %sw: " << mem("f32")
     << ", %seid: " << mem("i32") << ", %nv: " << mem("i32")
     << ") kernel\n      attributes {known_block_size = array<i32: "
     << c.blockSize << ", 1, 1>} {\n    moe.sort %ids : " << mem("i32");
  if (c.weights)
    os << " weights(%w : " << mem("f32") << ")";
  os << " tokens %t experts_from %eb -> %sid : " << mem("i32") << ", %sw : "
     << mem("f32") << ", %seid : " << mem("i32") << ", %nv : " << mem("i32")
     << " {topk = " << c.topk << ", experts = " << c.experts
     << ", block_m = " << c.blockM << ", block_size = " << c.blockSize
     << "}\n    gpu.return\n  }\n}\n";
  return os.str();
}

int64_t slotReduceWorkgroups(const Stage2Config &c, int64_t tokens) {
  return (tokens * c.modelDim + kSlotReduceBlock - 1) / kSlotReduceBlock;
}

std::array<int64_t, 3> stage2Grid(const Stage2Config &c, int64_t tokens) {
  int64_t blocks = fmt::routedBlocks(tokens, c.topk, c.experts, c.tileM);
  return {(c.modelDim + c.tileN - 1) / c.tileN, blocks * c.splitK, 1};
}

} // namespace mxmoe
