#include "mxmoe/Format/MXFormats.h"
#include <gtest/gtest.h>
TEST(FP4, Placeholder) { EXPECT_EQ(mxmoe::fmt::decodeFP4(2), 1.0); }
