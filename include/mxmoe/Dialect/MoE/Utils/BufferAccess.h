//===- BufferAccess.h - buffer resources, masking, far offsets --*- C++ -*-===//
//
// How the kernels read global memory through raw buffers: the resource over
// a byte memref, and the masking that sends an access out of range so the
// hardware bounds check returns zeros. The conversion to ROCDL and the
// pipeline's activation loads share these rules and constants.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_DIALECT_MOE_UTILS_BUFFERACCESS_H
#define MXMOE_DIALECT_MOE_UTILS_BUFFERACCESS_H

#include "mxmoe/Dialect/MoE/IR/MoEOps.h"
#include "mxmoe/Dialect/MoE/Utils/ArithBuilder.h"

namespace mlir::moe {

/// A byte offset no buffer reaches (num_records is 32-bit, and a 16-byte
/// access there still ends below 2^32): the bounds check turns the access
/// into zeros.
inline constexpr int64_t kFarByteOffset = 0xFFFFFFF0;

/// A row index past every buffer's rows: an invalid routed row is encoded
/// as this, and an access to it is masked to kFarByteOffset.
inline constexpr int64_t kInvalidRow = int64_t(1) << 30;

/// A 1-D memref's base address and size in bytes (i64 each).
struct BufferExtent {
  Value base, bytes;
};
BufferExtent bufferExtent(OpBuilder &b, Location loc, Value memref);

/// Raw buffer resource over a whole 1-D memref: num_records is its size in
/// bytes, so out-of-range lanes read zeros.
Value makeBufferResource(OpBuilder &b, Location loc, Value memref);
/// Raw buffer resource of `numRecords` bytes at address `base` (i64 each).
Value makeBufferResource(OpBuilder &b, Location loc, Value base,
                         Value numRecords);

/// A raw buffer load of `type` at byte offset `byteOff` (index or i32) of a
/// 1-D byte memref, with the cache policy `cache` (soffset 0).
Value loadFromBuffer(OpBuilder &b, Location loc, Value memref, Value byteOff,
                     Type type, CacheModifier cache);
/// The same through a resource made once by makeBufferResource.
Value loadFromResource(OpBuilder &b, Location loc, Value rsrc, Value byteOff,
                       Type type, CacheModifier cache);

/// `off` when `index < bound`, else kFarByteOffset: a K beyond the row must
/// read zeros, not the next tile of a shuffled layout.
Value maskOffset(OpBuilder &b, Location loc, Value off, Value index,
                 int64_t bound);

/// `off` when `inRange`, else kFarByteOffset.
inline Value maskOffset(Arith &a, Value inRange, Value off) {
  return a.select(inRange, off, a.idx(kFarByteOffset));
}

} // namespace mlir::moe

#endif // MXMOE_DIALECT_MOE_UTILS_BUFFERACCESS_H
