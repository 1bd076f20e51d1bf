#pragma once

#include <hdf5.h>

#include <armadillo>
#include <cstdint>
#include <string>
#include <vector>

namespace layerlab {

// A thin RAII wrapper over the HDF5 C API that turns every failure into an EngineError naming
// the file and the dataset. HDF5's own error stack printing is switched off: we say it better.
// A file being created is built in memory and written out by Close(), so HDF5 never meets a disk
// error (after a failed flush its library state is unsound and crashes at exit) and an exception
// before Close() writes nothing. Close() writes the image through OutputFile: atomically for a
// file, directly for a stream.
class Hdf5File {
public:
    enum class Mode { Read, CreateTruncate };
    Hdf5File(const std::string& path, Mode mode);
    ~Hdf5File();
    Hdf5File(const Hdf5File&) = delete;
    Hdf5File& operator=(const Hdf5File&) = delete;

    const std::string& Path() const { return m_path; }
    bool Has(const std::string& name) const;
    std::vector<hsize_t> Shape(const std::string& name) const;

    // The names at the top of the file (datasets, groups), in HDF5's name order.
    std::vector<std::string> Names() const;
    // {rows, cols} of a rank-1 ([n] is n × 1) or rank-2 dataset; throws for another rank.
    std::vector<hsize_t> MatrixShape(const std::string& name) const;

    // Checks, before anything is allocated, that name holds numbers whose declared shape the file
    // really backs (every chunk written, nothing left to HDF5's fill value, no more than the file
    // or its compression can hold, no data in other files) and that bytesPerElement bytes for
    // each element fit the memory budget. Returns the shape; throws EngineError naming the
    // dataset, its shape and the limit it broke.
    std::vector<hsize_t> CheckNumeric(const std::string& name, std::uint64_t bytesPerElement) const;
    // True when name holds floating-point numbers (false for integers).
    bool HoldsFloats(const std::string& name) const;
    // True when name holds unsigned 8-bit integers: pixels that can be read as they are.
    bool HoldsBytes(const std::string& name) const;
    // Reads name converted to double, in C (row-major) order, into out, which holds count values
    // (its element count); call CheckNumeric before allocating out.
    void ReadDoublesInto(const std::string& name, double* out, std::uint64_t count) const;
    // The same for a dataset HoldsBytes says holds bytes, read without conversion.
    void ReadBytesInto(const std::string& name, std::uint8_t* out, std::uint64_t count) const;
    // Any numeric dataset converted to double (or bytes), in C order, checked as above.
    std::vector<double> ReadDoubles(const std::string& name, std::vector<hsize_t>* shape) const;
    std::vector<std::uint8_t> ReadBytes(const std::string& name, std::vector<hsize_t>* shape) const;
    // Fixed or variable length strings (a 1-D dataset), ASCII or UTF-8, bounded by the budget
    // and the file's size.
    std::vector<std::string> ReadStrings(const std::string& name) const;
    // A matrix stored row-major as rows × cols (the notebook's layout), into column-major
    // Armadillo.
    arma::mat ReadMatrix(const std::string& name) const;

    void WriteMatrix(const std::string& name, const arma::mat& m);
    // A 1-D float64 dataset of v's values (h5py reads it as an array of shape (n,)).
    void WriteVector(const std::string& name, const arma::vec& v);
    // An empty group for datasets named "group/name".
    void CreateGroup(const std::string& name);
    // Arrays in C (row-major) order, typed as NumPy writes the course's files: uint8 pixels, int64
    // labels, fixed-length byte strings (h5py's `bytes`). data must hold the shape's element count.
    void WriteBytes(const std::string& name, const std::vector<hsize_t>& shape,
                    const std::vector<std::uint8_t>& data);
    void WriteIntegers(const std::string& name, const std::vector<hsize_t>& shape,
                       const std::vector<std::int64_t>& data);
    void WriteStrings(const std::string& name, const std::vector<std::string>& values);
    void WriteStringAttribute(const std::string& name, const std::string& value);
    void WriteUIntArrayAttribute(const std::string& name, const std::vector<std::uint64_t>& values);
    // A scalar int64 attribute (h5py reads it as a NumPy int64).
    void WriteIntegerAttribute(const std::string& name, std::int64_t value);
    bool HasAttribute(const std::string& name) const;
    std::string ReadStringAttribute(const std::string& name) const;
    std::vector<std::uint64_t> ReadUIntArrayAttribute(const std::string& name) const;
    // One integer (a scalar or a one-element array) in any ordinary integer layout.
    std::int64_t ReadIntegerAttribute(const std::string& name) const;

    // Read mode: closes. Create mode: writes the file to its path and closes; throws (and leaves
    // no partial file) when it cannot be written. The destructor closes without writing.
    void Close();

private:
    [[noreturn]] void Fail(const std::string& what) const;
    // Refuses integer and float layouts other than 8/16/32/64-bit integers and IEEE floats in
    // either byte order: HDF5 would convert a damaged declaration out of bounds.
    void RequireOrdinaryNumbers(hid_t type, const std::string& name) const;
    // The storage checks of CheckNumeric for an open dataset whose elements take elementSize
    // bytes in the file; returns the bytes HDF5 itself allocates to decompress one chunk.
    std::uint64_t RequireStored(hid_t dataset, const std::string& name,
                                const std::vector<hsize_t>& shape, std::uint64_t elementSize) const;
    template <typename T>
    std::vector<T> ReadAs(const std::string& name, hid_t memType,
                          std::vector<hsize_t>* shapeOut) const;
    void WriteArray(const std::string& name, const std::vector<hsize_t>& shape, hid_t fileType,
                    hid_t memType, const void* data, size_t count);
    void WriteImage();
    std::string m_path;
    hid_t m_file = H5I_INVALID_HID;
    std::uint64_t m_fileSize = 0;  // read mode: the file's size, which bounds what it can hold
    bool m_inMemory = false;
};

}  // namespace layerlab
