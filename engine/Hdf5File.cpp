#include "Hdf5File.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "EngineError.h"
#include "InputFile.h"
#include "OutputFile.h"

namespace layerlab {
namespace {

// Closes an HDF5 handle with the right function when it leaves scope.
struct Handle {
    hid_t id;
    herr_t (*close)(hid_t);
    Handle(hid_t i, herr_t (*c)(hid_t)) : id(i), close(c) {}
    ~Handle() {
        if (id >= 0) close(id);
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    operator hid_t() const { return id; }
    bool ok() const { return id >= 0; }
};

void SilenceHdf5() {
    static bool done = [] {
        H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
        return true;
    }();
    (void)done;
}

hsize_t ElementCount(const std::vector<hsize_t>& shape) {
    hsize_t n = 1;
    for (hsize_t d : shape) n *= d;
    return n;
}

std::string ShapeText(const std::vector<hsize_t>& shape) {
    std::string s = "[";
    for (size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

}  // namespace

Hdf5File::Hdf5File(const std::string& path, Mode mode) : m_path(path) {
    SilenceHdf5();
    if (mode == Mode::Read) {
        // Before HDF5 opens it: a FIFO would block H5Fis_hdf5 forever.
        InputFile::RequireRegularFile(path, "give a .h5 file");
        if (H5Fis_hdf5(path.c_str()) <= 0)
            throw EngineError(path + ": not an HDF5 file (or it is truncated): give a .h5 file");
        m_file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
        if (m_file < 0)
            throw EngineError(path + ": the HDF5 file cannot be opened; it may be truncated");
    } else {
        // The core driver without a backing store: the file lives in memory until Close().
        Handle fapl(H5Pcreate(H5P_FILE_ACCESS), H5Pclose);
        if (!fapl.ok() || H5Pset_fapl_core(fapl, 1 << 16, false) < 0)
            throw EngineError(path + ": HDF5 cannot build a file in memory");
        m_file = H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, fapl);
        if (m_file < 0) throw EngineError(path + ": HDF5 cannot create the file");
        m_inMemory = true;
    }
}

Hdf5File::~Hdf5File() {
    if (m_file >= 0) H5Fclose(m_file);
}

void Hdf5File::Close() {
    if (m_file < 0) return;
    if (m_inMemory) {
        try {
            WriteImage();
        } catch (...) {
            H5Fclose(m_file);
            m_file = H5I_INVALID_HID;
            throw;
        }
    }
    H5Fclose(m_file);
    m_file = H5I_INVALID_HID;
}

void Hdf5File::WriteImage() {
    if (H5Fflush(m_file, H5F_SCOPE_GLOBAL) < 0) Fail("HDF5 cannot finish the file");
    const ssize_t size = H5Fget_file_image(m_file, nullptr, 0);
    if (size < 0) Fail("HDF5 cannot finish the file");
    std::vector<char> image(static_cast<size_t>(size));
    if (H5Fget_file_image(m_file, image.data(), image.size()) != size)
        Fail("HDF5 cannot finish the file");
    // OutputFile names the path itself, replaces it atomically and never replaces a stream.
    OutputFile::Write(m_path, std::string_view(image.data(), image.size()));
}

void Hdf5File::Fail(const std::string& what) const {
    throw EngineError(m_path + ": " + what);
}

bool Hdf5File::Has(const std::string& name) const {
    return H5Lexists(m_file, name.c_str(), H5P_DEFAULT) > 0;
}

std::vector<hsize_t> Hdf5File::Shape(const std::string& name) const {
    if (!Has(name)) Fail("has no dataset '" + name + "'");
    Handle ds(H5Dopen2(m_file, name.c_str(), H5P_DEFAULT), H5Dclose);
    if (!ds.ok()) Fail("'" + name + "' is not a dataset");
    Handle space(H5Dget_space(ds), H5Sclose);
    const int rank = H5Sget_simple_extent_ndims(space);
    if (rank < 0) Fail("the shape of '" + name + "' cannot be read");
    std::vector<hsize_t> dims(static_cast<size_t>(rank));
    H5Sget_simple_extent_dims(space, dims.data(), nullptr);
    return dims;
}

namespace {

// Reads name into a buffer of memType, after checking that the file really has that many bytes.
template <typename T>
std::vector<T> ReadAs(hid_t file, const std::string& path, const std::string& name, hid_t memType,
                      std::vector<hsize_t>* shapeOut, const std::vector<hsize_t>& shape) {
    Handle ds(H5Dopen2(file, name.c_str(), H5P_DEFAULT), H5Dclose);
    if (!ds.ok()) throw EngineError(path + ": '" + name + "' is not a dataset");
    Handle type(H5Dget_type(ds), H5Tclose);
    const H5T_class_t cls = H5Tget_class(type);
    if (cls != H5T_INTEGER && cls != H5T_FLOAT)
        throw EngineError(path + ": '" + name + "' does not hold numbers");
    const hsize_t n = ElementCount(shape);
    // A size field we have not checked against the file is not trusted: contiguous data must fit.
    std::error_code ec;
    const auto fileSize = std::filesystem::file_size(path, ec);
    const size_t elemSize = H5Tget_size(type);
    Handle plist(H5Dget_create_plist(ds), H5Pclose);
    const bool contiguous = H5Pget_layout(plist) == H5D_CONTIGUOUS;
    if (!ec && contiguous && n * elemSize > fileSize)
        throw EngineError(path + ": '" + name + "' claims " + ShapeText(shape) +
                          " elements, more than the file holds; it is truncated or corrupt");
    if (n > (hsize_t(1) << 34))
        throw EngineError(path + ": '" + name + "' is too large to load (" + ShapeText(shape) +
                          ")");
    std::vector<T> out(static_cast<size_t>(n));
    if (n > 0 && H5Dread(ds, memType, H5S_ALL, H5S_ALL, H5P_DEFAULT, out.data()) < 0)
        throw EngineError(path + ": reading '" + name +
                          "' failed; the file is truncated or corrupt");
    if (shapeOut) *shapeOut = shape;
    return out;
}

}  // namespace

std::vector<double> Hdf5File::ReadDoubles(const std::string& name,
                                          std::vector<hsize_t>* shape) const {
    return ReadAs<double>(m_file, m_path, name, H5T_NATIVE_DOUBLE, shape, Shape(name));
}

std::vector<std::uint8_t> Hdf5File::ReadBytes(const std::string& name,
                                              std::vector<hsize_t>* shape) const {
    return ReadAs<std::uint8_t>(m_file, m_path, name, H5T_NATIVE_UINT8, shape, Shape(name));
}

std::vector<std::string> Hdf5File::ReadStrings(const std::string& name) const {
    const auto shape = Shape(name);
    Handle ds(H5Dopen2(m_file, name.c_str(), H5P_DEFAULT), H5Dclose);
    Handle type(H5Dget_type(ds), H5Tclose);
    if (H5Tget_class(type) != H5T_STRING) Fail("'" + name + "' does not hold strings");
    const hsize_t n = ElementCount(shape);
    if (n > 1000000) Fail("'" + name + "' holds too many strings");
    std::vector<std::string> out;
    if (H5Tis_variable_str(type) > 0) {
        std::vector<char*> ptrs(n, nullptr);
        Handle mem(H5Tcopy(H5T_C_S1), H5Tclose);
        H5Tset_size(mem, H5T_VARIABLE);
        if (H5Dread(ds, mem, H5S_ALL, H5S_ALL, H5P_DEFAULT, ptrs.data()) < 0)
            Fail("reading '" + name + "' failed; the file is truncated or corrupt");
        for (char* p : ptrs) out.emplace_back(p ? p : "");
        Handle space(H5Dget_space(ds), H5Sclose);
        H5Dvlen_reclaim(mem, space, H5P_DEFAULT, ptrs.data());
    } else {
        const size_t len = H5Tget_size(type);
        std::vector<char> buf(n * len + 1, '\0');
        if (H5Dread(ds, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, buf.data()) < 0)
            Fail("reading '" + name + "' failed; the file is truncated or corrupt");
        for (hsize_t i = 0; i < n; ++i) {
            std::string s(buf.data() + i * len, len);
            s.erase(s.find_last_not_of(std::string("\0 ", 2)) + 1);
            out.push_back(s);
        }
    }
    return out;
}

arma::mat Hdf5File::ReadMatrix(const std::string& name) const {
    std::vector<hsize_t> shape;
    const std::vector<double> data = ReadDoubles(name, &shape);
    if (shape.size() == 1) shape.push_back(1);
    if (shape.size() != 2)
        Fail("'" + name + "' has rank " + std::to_string(shape.size()) + ", a matrix needs rank 2");
    // Row-major rows × cols is column-major cols × rows: read it so, then transpose.
    arma::mat t(data.data(), shape[1], shape[0]);
    return t.t();
}

void Hdf5File::WriteArray(const std::string& name, const std::vector<hsize_t>& shape,
                          hid_t fileType, hid_t memType, const void* data, size_t count) {
    if (ElementCount(shape) != count)
        Fail("cannot write '" + name + "': " + std::to_string(count) + " values do not fill " +
             ShapeText(shape));
    Handle space(H5Screate_simple(static_cast<int>(shape.size()), shape.data(), nullptr), H5Sclose);
    Handle ds(
        H5Dcreate2(m_file, name.c_str(), fileType, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
        H5Dclose);
    if (!ds.ok()) Fail("cannot create dataset '" + name + "'");
    if (count > 0 && H5Dwrite(ds, memType, H5S_ALL, H5S_ALL, H5P_DEFAULT, data) < 0)
        Fail("writing '" + name + "' failed; is the disk full?");
}

void Hdf5File::WriteMatrix(const std::string& name, const arma::mat& m) {
    const arma::mat rowMajor = m.t();
    WriteArray(name, {m.n_rows, m.n_cols}, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, rowMajor.memptr(),
               rowMajor.n_elem);
}

void Hdf5File::WriteBytes(const std::string& name, const std::vector<hsize_t>& shape,
                          const std::vector<std::uint8_t>& data) {
    WriteArray(name, shape, H5T_STD_U8LE, H5T_NATIVE_UINT8, data.data(), data.size());
}

void Hdf5File::WriteIntegers(const std::string& name, const std::vector<hsize_t>& shape,
                             const std::vector<std::int64_t>& data) {
    WriteArray(name, shape, H5T_STD_I64LE, H5T_NATIVE_INT64, data.data(), data.size());
}

void Hdf5File::WriteStrings(const std::string& name, const std::vector<std::string>& values) {
    size_t len = 1;
    for (const std::string& v : values) len = std::max(len, v.size());
    Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
    H5Tset_size(type, len);
    H5Tset_strpad(type, H5T_STR_NULLPAD);
    std::vector<char> buf(values.size() * len, '\0');
    for (size_t i = 0; i < values.size(); ++i) values[i].copy(buf.data() + i * len, len);
    WriteArray(name, {values.size()}, type, type, buf.data(), values.size());
}

void Hdf5File::WriteStringAttribute(const std::string& name, const std::string& value) {
    Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
    H5Tset_size(type, value.empty() ? 1 : value.size());
    H5Tset_strpad(type, H5T_STR_NULLPAD);
    Handle space(H5Screate(H5S_SCALAR), H5Sclose);
    Handle attr(H5Acreate2(m_file, name.c_str(), type, space, H5P_DEFAULT, H5P_DEFAULT), H5Aclose);
    if (!attr.ok() || H5Awrite(attr, type, value.empty() ? "" : value.data()) < 0)
        Fail("cannot write attribute '" + name + "'");
}

void Hdf5File::WriteUIntArrayAttribute(const std::string& name,
                                       const std::vector<std::uint64_t>& values) {
    const hsize_t dims[1] = {values.size()};
    Handle space(H5Screate_simple(1, dims, nullptr), H5Sclose);
    Handle attr(H5Acreate2(m_file, name.c_str(), H5T_STD_U64LE, space, H5P_DEFAULT, H5P_DEFAULT),
                H5Aclose);
    if (!attr.ok() || H5Awrite(attr, H5T_NATIVE_UINT64, values.data()) < 0)
        Fail("cannot write attribute '" + name + "'");
}

bool Hdf5File::HasAttribute(const std::string& name) const {
    return H5Aexists(m_file, name.c_str()) > 0;
}

std::string Hdf5File::ReadStringAttribute(const std::string& name) const {
    Handle attr(H5Aopen(m_file, name.c_str(), H5P_DEFAULT), H5Aclose);
    if (!attr.ok()) Fail("has no attribute '" + name + "'");
    Handle type(H5Aget_type(attr), H5Tclose);
    if (H5Tget_class(type) != H5T_STRING) Fail("attribute '" + name + "' is not a string");
    if (H5Tis_variable_str(type) > 0) {
        char* p = nullptr;
        Handle mem(H5Tcopy(H5T_C_S1), H5Tclose);
        H5Tset_size(mem, H5T_VARIABLE);
        if (H5Aread(attr, mem, &p) < 0) Fail("attribute '" + name + "' cannot be read");
        std::string s = p ? p : "";
        H5free_memory(p);
        return s;
    }
    const size_t len = H5Tget_size(type);
    if (len > (1u << 24)) Fail("attribute '" + name + "' is implausibly long");
    std::string s(len, '\0');
    if (H5Aread(attr, type, s.data()) < 0) Fail("attribute '" + name + "' cannot be read");
    s.erase(s.find_last_not_of(std::string("\0 ", 2)) + 1);
    return s;
}

std::vector<std::uint64_t> Hdf5File::ReadUIntArrayAttribute(const std::string& name) const {
    Handle attr(H5Aopen(m_file, name.c_str(), H5P_DEFAULT), H5Aclose);
    if (!attr.ok()) Fail("has no attribute '" + name + "'");
    Handle space(H5Aget_space(attr), H5Sclose);
    const hssize_t n = H5Sget_simple_extent_npoints(space);
    if (n < 0 || n > 4096) Fail("attribute '" + name + "' has an implausible size");
    std::vector<std::uint64_t> out(static_cast<size_t>(n));
    if (n > 0 && H5Aread(attr, H5T_NATIVE_UINT64, out.data()) < 0)
        Fail("attribute '" + name + "' cannot be read");
    return out;
}

}  // namespace layerlab
