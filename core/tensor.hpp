// Tensor: a dense row-major array of any rank (N, C, H, W for images), double or int64 values.
// It holds data and answers index questions; it knows no op and does no arithmetic.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace convviz {

using Shape = std::vector<int64_t>;

int64_t element_count(const Shape& shape);  // product of the dimensions; 1 for rank 0
std::string to_string(const Shape& shape);  // "[1, 2, 3, 3]"

// H (axis 0) or W (axis 1) of an N×C×H×W shape, the axes a Pair's [0] and [1] name: the one place
// an axis becomes a shape's index.
inline int64_t spatial(const Shape& shape, int axis) { return shape[static_cast<size_t>(2 + axis)]; }
inline int64_t& spatial(Shape& shape, int axis) { return shape[static_cast<size_t>(2 + axis)]; }

template <class T>
class BasicTensor {
public:
    BasicTensor() = default;
    BasicTensor(Shape shape, T fill)
        : shape_(std::move(shape)), data_(static_cast<size_t>(element_count(shape_)), fill) {}
    BasicTensor(Shape shape, std::vector<T> data)  // precondition: data.size() == element_count(shape)
        : shape_(std::move(shape)), data_(std::move(data)) {}

    const Shape& shape() const { return shape_; }
    size_t rank() const { return shape_.size(); }
    int64_t dim(size_t axis) const { return shape_[axis]; }
    int64_t size() const { return static_cast<int64_t>(data_.size()); }

    const std::vector<T>& data() const { return data_; }
    std::vector<T>& data() { return data_; }
    T operator[](int64_t flat) const { return data_[static_cast<size_t>(flat)]; }
    T& operator[](int64_t flat) { return data_[static_cast<size_t>(flat)]; }

    // 4-D access, (n, c, y, x) in an N×C×H×W tensor.
    int64_t offset(int64_t n, int64_t c, int64_t y, int64_t x) const {
        return ((n * shape_[1] + c) * shape_[2] + y) * shape_[3] + x;
    }
    T at(int64_t n, int64_t c, int64_t y, int64_t x) const { return (*this)[offset(n, c, y, x)]; }
    T& at(int64_t n, int64_t c, int64_t y, int64_t x) { return (*this)[offset(n, c, y, x)]; }

private:
    Shape shape_;
    std::vector<T> data_;
};

using Tensor = BasicTensor<double>;
using IndexTensor = BasicTensor<int64_t>;

// An output before an op writes it: every cell NaN, so a cell the op forgets shows up in tests.
Tensor unwritten(Shape shape);

}  // namespace convviz
