//===- Enums.h - typed choices of an MoE kernel plan -----------*- C++ -*-===//
//
// The choices a layer or kernel configuration makes, as enums: the plan, the
// tools and the kernel builders switch on these, never on their spellings.
// Each has the same enumerators as the moe dialect's ODS enum of the same
// name (mlir::moe::toPlan / fromPlan map them), and one spelling, the
// dialect's, for names, manifests and messages (`stringify`). Flags are
// parsed into them in one place: `parseEnum`.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_PLAN_ENUMS_H
#define MXMOE_PLAN_ENUMS_H

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mxmoe {

/// Activation x weight precision of an MoE GEMM.
enum class Precision { A16W4, A8W4, A4W4 };
/// Element format of the stage-1 output (and of quantized activations).
enum class OutputFormat { BF16, MXFP8, MXFP4 };
/// How the top-k contributions of a token are summed.
enum class Combine { Atomic, Store };
/// How an MX block scale is chosen from the block's largest magnitude.
enum class ScaleRounding { Floor, Ceil };
/// The gated activation of stage 1.
enum class ActivationKind { SwiGLU, SiLU };
/// A floating-point element type of an activation buffer (x, y).
enum class ElementType { F32, BF16, F16 };
/// What a kernel of a layer does (the manifest's "role").
enum class KernelRole {
  QuantizeX,    ///< MX-quantize bf16 x (moe.quantize_mx)
  Sort,         ///< routing sort (moe.sort)
  SortCount,    ///< multi-workgroup sort: per-chunk counts (moe.sort_chunks)
  SortOffsets,  ///< multi-workgroup sort: bases and blocks
  SortScatter,  ///< multi-workgroup sort: rows
  Stage1,       ///< gate/up + activation (moe.stage1)
  Stage1Finish, ///< split-K planes of stage 1 summed (moe.stage1_finish)
  Stage2,       ///< down + combine (moe.stage2)
  Stage2Reduce, ///< per-slot rows summed (moe.slot_reduce)
  FusedStages,  ///< stage 1 then stage 2 in one launch (moe.fused_stages)
};
/// How a layer sorts its routing (the plan picks per token bucket).
enum class SortKind {
  OneWorkgroup,   ///< moe.sort: one kernel, one workgroup
  MultiWorkgroup, ///< moe.sort_chunks: count, offsets, scatter kernels
};
/// The cache policy of a stage kernel's weight and weight-scale loads: the
/// moe dialect's CacheModifier `none` or `nt` (non-temporal: the weights
/// stream through once when a block's rows cannot reuse them).
enum class WeightCache { None, NT };
/// The order in which a routed stage kernel's workgroups take their tiles.
/// The hardware hands linear workgroup ids round-robin to the XCDs, each of
/// which has its own L2 (docs/perf/README.md): `Linear` keeps tile = id,
/// `XcdGrouped` remaps the ids (xcdGroupedTile) so that each XCD gets a
/// contiguous run of tiles (adjacent column tiles of one routed block,
/// consecutive blocks of one expert).
enum class WorkgroupOrder { Linear, XcdGrouped };
/// How a kernel takes its buffers (docs/runtime.md, "Kernel ABIs").
enum class KernelAbi {
  Memref, ///< each buffer: its memref descriptor as 5 arguments
  Bare,   ///< each buffer: one pointer; its element count an i32 at the end
};
/// How a token bucket's stage kernels get their routed rows.
enum class Routing {
  SortKernel, ///< a sort kernel writes sorted_ids & co. to global memory
  Fused,      ///< each stage workgroup sorts topk_ids into its own LDS
  Slots,      ///< each stage workgroup's block is one routed slot, no sort
};
/// How a token bucket's stage 1 gets MX x (a8w4 / a4w4 from bf16 x).
enum class InputQuantize {
  None,   ///< no quantization: a16w4, or x arrives quantized
  Kernel, ///< a quantize_x kernel writes x_mx and x_scales
  Stage1, ///< each stage-1 workgroup quantizes its block's rows into LDS
};
/// How a token bucket launches its stage kernels.
enum class StageLaunch {
  Separate, ///< stage 1's kernel, then stage 2's
  Fused,    ///< one kernel: stage-1 workgroups, then stage-2 ones (tickets)
};

const char *stringify(Precision v);
const char *stringify(OutputFormat v);
const char *stringify(Combine v);
const char *stringify(ScaleRounding v);
const char *stringify(ActivationKind v);
const char *stringify(ElementType v);
const char *stringify(KernelRole v);
const char *stringify(SortKind v);
const char *stringify(KernelAbi v);
const char *stringify(WeightCache v);
const char *stringify(WorkgroupOrder v);
const char *stringify(Routing v);
const char *stringify(InputQuantize v);
const char *stringify(StageLaunch v);

/// Every value of an enum, in declaration order.
template <typename E> struct EnumValues;
template <> struct EnumValues<Precision> {
  static constexpr std::array<Precision, 3> all = {
      Precision::A16W4, Precision::A8W4, Precision::A4W4};
};
template <> struct EnumValues<OutputFormat> {
  static constexpr std::array<OutputFormat, 3> all = {
      OutputFormat::BF16, OutputFormat::MXFP8, OutputFormat::MXFP4};
};
template <> struct EnumValues<Combine> {
  static constexpr std::array<Combine, 2> all = {Combine::Atomic,
                                                 Combine::Store};
};
template <> struct EnumValues<ScaleRounding> {
  static constexpr std::array<ScaleRounding, 2> all = {ScaleRounding::Floor,
                                                       ScaleRounding::Ceil};
};
template <> struct EnumValues<ActivationKind> {
  static constexpr std::array<ActivationKind, 2> all = {ActivationKind::SwiGLU,
                                                        ActivationKind::SiLU};
};
template <> struct EnumValues<ElementType> {
  static constexpr std::array<ElementType, 3> all = {
      ElementType::F32, ElementType::BF16, ElementType::F16};
};
template <> struct EnumValues<KernelRole> {
  static constexpr std::array<KernelRole, 10> all = {
      KernelRole::QuantizeX,    KernelRole::Sort,
      KernelRole::SortCount,    KernelRole::SortOffsets,
      KernelRole::SortScatter,  KernelRole::Stage1,
      KernelRole::Stage1Finish, KernelRole::Stage2,
      KernelRole::Stage2Reduce, KernelRole::FusedStages};
};
template <> struct EnumValues<SortKind> {
  static constexpr std::array<SortKind, 2> all = {SortKind::OneWorkgroup,
                                                  SortKind::MultiWorkgroup};
};

template <> struct EnumValues<WeightCache> {
  static constexpr std::array<WeightCache, 2> all = {WeightCache::None,
                                                     WeightCache::NT};
};
template <> struct EnumValues<WorkgroupOrder> {
  static constexpr std::array<WorkgroupOrder, 2> all = {
      WorkgroupOrder::Linear, WorkgroupOrder::XcdGrouped};
};
template <> struct EnumValues<KernelAbi> {
  static constexpr std::array<KernelAbi, 2> all = {KernelAbi::Memref,
                                                   KernelAbi::Bare};
};
template <> struct EnumValues<Routing> {
  static constexpr std::array<Routing, 3> all = {
      Routing::SortKernel, Routing::Fused, Routing::Slots};
};
template <> struct EnumValues<InputQuantize> {
  static constexpr std::array<InputQuantize, 3> all = {
      InputQuantize::None, InputQuantize::Kernel, InputQuantize::Stage1};
};
template <> struct EnumValues<StageLaunch> {
  static constexpr std::array<StageLaunch, 2> all = {StageLaunch::Separate,
                                                     StageLaunch::Fused};
};

/// The value spelled `name`, or nullopt: the one place a spelling becomes
/// an enum (flags, config files).
template <typename E> std::optional<E> parseEnum(std::string_view name) {
  for (E v : EnumValues<E>::all)
    if (name == stringify(v))
      return v;
  return std::nullopt;
}

/// "a16w4, a8w4 or a4w4": the accepted spellings, for messages.
template <typename E> std::string enumSpellings() {
  std::string s;
  const auto &all = EnumValues<E>::all;
  for (size_t i = 0; i < all.size(); ++i) {
    if (i)
      s += i + 1 == all.size() ? " or " : ", ";
    s += stringify(all[i]);
  }
  return s;
}

/// Facts of a precision.
/// Whether activations are MX-quantized (a8w4, a4w4): i8 codes plus E8M0
/// scales, multiplied by the scaled MFMA.
inline bool hasMXActivations(Precision p) { return p != Precision::A16W4; }
/// The MX format of the activations of an MX precision (a8w4: mxfp8, a4w4:
/// mxfp4); bf16 for a16w4. Also the layer's stage-1 output format.
inline OutputFormat activationFormat(Precision p) {
  switch (p) {
  case Precision::A16W4:
    return OutputFormat::BF16;
  case Precision::A8W4:
    return OutputFormat::MXFP8;
  case Precision::A4W4:
    return OutputFormat::MXFP4;
  }
  return OutputFormat::BF16;
}
/// Whether a format is MX (i8 codes plus E8M0 scales).
inline bool isMX(OutputFormat f) { return f != OutputFormat::BF16; }
/// Elements per code byte: 2 for packed FP4, else 1.
inline int64_t elementsPerByte(OutputFormat f) {
  return f == OutputFormat::MXFP4 ? 2 : 1;
}
/// Bytes of one element.
inline int64_t byteWidth(ElementType t) {
  return t == ElementType::F32 ? 4 : 2;
}

} // namespace mxmoe

#endif // MXMOE_PLAN_ENUMS_H
