//===- Enums.cpp - spellings of the plan's enums --------------------------===//
//
// The dialect's spellings (MoEAttrs.td); a test checks they agree.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Plan/Enums.h"

namespace mxmoe {

const char *stringify(Precision v) {
  switch (v) {
  case Precision::A16W4:
    return "a16w4";
  case Precision::A8W4:
    return "a8w4";
  case Precision::A4W4:
    return "a4w4";
  }
  return "?";
}

const char *stringify(OutputFormat v) {
  switch (v) {
  case OutputFormat::BF16:
    return "bf16";
  case OutputFormat::MXFP8:
    return "mxfp8";
  case OutputFormat::MXFP4:
    return "mxfp4";
  }
  return "?";
}

const char *stringify(WeightCache v) {
  switch (v) {
  case WeightCache::None:
    return "none";
  case WeightCache::NT:
    return "nt";
  }
  return "?";
}

const char *stringify(WorkgroupOrder v) {
  switch (v) {
  case WorkgroupOrder::Linear:
    return "linear";
  case WorkgroupOrder::XcdGrouped:
    return "xcd";
  }
  return "?";
}

const char *stringify(Combine v) {
  switch (v) {
  case Combine::Atomic:
    return "atomic";
  case Combine::Store:
    return "store";
  }
  return "?";
}

const char *stringify(ScaleRounding v) {
  switch (v) {
  case ScaleRounding::Floor:
    return "floor";
  case ScaleRounding::Ceil:
    return "ceil";
  }
  return "?";
}

const char *stringify(ActivationKind v) {
  switch (v) {
  case ActivationKind::SwiGLU:
    return "swiglu";
  case ActivationKind::SiLU:
    return "silu";
  }
  return "?";
}

const char *stringify(ElementType v) {
  switch (v) {
  case ElementType::F32:
    return "f32";
  case ElementType::BF16:
    return "bf16";
  case ElementType::F16:
    return "f16";
  }
  return "?";
}

const char *stringify(KernelRole v) {
  switch (v) {
  case KernelRole::QuantizeX:
    return "quantize_x";
  case KernelRole::Sort:
    return "sort";
  case KernelRole::SortCount:
    return "sort_count";
  case KernelRole::SortOffsets:
    return "sort_offsets";
  case KernelRole::SortScatter:
    return "sort_scatter";
  case KernelRole::Stage1:
    return "stage1";
  case KernelRole::Stage1Finish:
    return "stage1_finish";
  case KernelRole::Stage2:
    return "stage2";
  case KernelRole::FusedStages:
    return "fused_stages";
  case KernelRole::Stage2Reduce:
    return "stage2_reduce";
  }
  return "?";
}

const char *stringify(SortKind v) {
  switch (v) {
  case SortKind::OneWorkgroup:
    return "one_workgroup";
  case SortKind::MultiWorkgroup:
    return "multi_workgroup";
  }
  return "?";
}

const char *stringify(KernelAbi v) {
  switch (v) {
  case KernelAbi::Memref:
    return "memref";
  case KernelAbi::Bare:
    return "bare";
  }
  return "?";
}

const char *stringify(Routing v) {
  switch (v) {
  case Routing::SortKernel:
    return "sort_kernel";
  case Routing::Fused:
    return "fused";
  case Routing::Slots:
    return "slots";
  }
  return "?";
}

const char *stringify(InputQuantize v) {
  switch (v) {
  case InputQuantize::None:
    return "none";
  case InputQuantize::Kernel:
    return "kernel";
  case InputQuantize::Stage1:
    return "stage1";
  }
  return "?";
}

const char *stringify(StageLaunch v) {
  switch (v) {
  case StageLaunch::Separate:
    return "separate";
  case StageLaunch::Fused:
    return "fused";
  }
  return "?";
}

} // namespace mxmoe
