//===- BufferAccess.cpp - buffer resources, masking, far offsets ----------===//

#include "mxmoe/Dialect/MoE/Utils/BufferAccess.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/ROCDLDialect.h"

using namespace mlir;
using namespace mlir::moe;

BufferExtent mlir::moe::bufferExtent(OpBuilder &b, Location loc, Value memref) {
  Value base = memref::ExtractAlignedPointerAsIndexOp::create(b, loc, memref);
  Value baseI64 = arith::IndexCastUIOp::create(b, loc, b.getI64Type(), base);
  Value size = memref::DimOp::create(b, loc, memref, 0);
  Value bytes = arith::IndexCastUIOp::create(b, loc, b.getI64Type(), size);
  int64_t elemBytes =
      cast<MemRefType>(memref.getType()).getElementTypeBitWidth() / 8;
  if (elemBytes != 1)
    bytes = arith::MulIOp::create(
        b, loc, bytes,
        arith::ConstantIntOp::create(b, loc, b.getI64Type(), elemBytes));
  return {baseI64, bytes};
}

Value mlir::moe::makeBufferResource(OpBuilder &b, Location loc, Value base,
                                    Value numRecords) {
  auto globalPtr = LLVM::LLVMPointerType::get(b.getContext(), 1);
  Value ptr = LLVM::IntToPtrOp::create(b, loc, globalPtr, base);
  Value stride = arith::ConstantIntOp::create(b, loc, b.getI16Type(), 0);
  // Raw (untyped, unswizzled) descriptor word 3 on CDNA: dst_sel/num/data
  // format set so the hardware treats it as a plain byte buffer.
  Value flags = arith::ConstantIntOp::create(b, loc, b.getI32Type(), 0x27000);
  auto rsrcType = LLVM::LLVMPointerType::get(b.getContext(), 8);
  return ROCDL::MakeBufferRsrcOp::create(b, loc, rsrcType, ptr, stride,
                                         numRecords, flags);
}

Value mlir::moe::makeBufferResource(OpBuilder &b, Location loc, Value memref) {
  BufferExtent extent = bufferExtent(b, loc, memref);
  return makeBufferResource(b, loc, extent.base, extent.bytes);
}

Value mlir::moe::maskOffset(OpBuilder &b, Location loc, Value off, Value index,
                            int64_t bound) {
  Value limit = arith::ConstantIndexOp::create(b, loc, bound);
  Value inRange =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, index, limit);
  Value far = arith::ConstantIndexOp::create(b, loc, kFarByteOffset);
  return arith::SelectOp::create(b, loc, inRange, off, far);
}

Value mlir::moe::loadFromBuffer(OpBuilder &b, Location loc, Value memref,
                                Value byteOff, Type type, CacheModifier cache) {
  return loadFromResource(b, loc, makeBufferResource(b, loc, memref), byteOff,
                          type, cache);
}

Value mlir::moe::loadFromResource(OpBuilder &b, Location loc, Value rsrc,
                                  Value byteOff, Type type,
                                  CacheModifier cache) {
  Value off =
      byteOff.getType().isIndex()
          ? arith::IndexCastUIOp::create(b, loc, b.getI32Type(), byteOff)
          : byteOff;
  Value soffset = arith::ConstantIntOp::create(b, loc, b.getI32Type(), 0);
  // The CacheModifier bits are the aux operand's gfx940+ cache policy as
  // LLVM encodes it (llvm/lib/Target/AMDGPU/SIDefines.h, namespace CPol:
  // SC0 = GLC = 1, NT = SLC = 2, SC1 = SCC = 16).
  Value aux = arith::ConstantIntOp::create(b, loc, b.getI32Type(),
                                           static_cast<int64_t>(cache));
  return ROCDL::RawPtrBufferLoadOp::create(b, loc, type, rsrc, off, soffset,
                                           aux, /*alias_scopes=*/nullptr,
                                           /*noalias_scopes=*/nullptr,
                                           /*tbaa=*/nullptr);
}
