#include "Hdf5File.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "CompressionBound.h"
#include "EngineError.h"
#include "Hdf5Superblock.h"
#include "InputFile.h"
#include "MemoryBudget.h"
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

// The product of the dimensions, saturating: a shape whose count overflows is refused by the
// budget instead of wrapping to a small number.
std::uint64_t ElementCount(const std::vector<hsize_t>& shape) {
    std::uint64_t n = 1;
    for (hsize_t d : shape) n = MemoryBudget::Multiply({n, d});
    return n;
}

// What every refusal of a damaged size tells the user to do.
const char* const kDamaged = "the file is damaged or was not written for LayerLab";

// A string dataset or attribute's type to read it with: variable length in the file's character
// set (HDF5 converts no ASCII to UTF-8, so a mismatch fails the read, as h5py's str did).
hid_t VariableStringType(hid_t fileType) {
    const hid_t mem = H5Tcopy(H5T_C_S1);
    H5Tset_size(mem, H5T_VARIABLE);
    H5Tset_cset(mem, H5Tget_cset(fileType));
    return mem;
}

// A fixed-length string as stored: up to its first NUL, without trailing padding.
std::string FixedString(const char* data, size_t length) {
    std::string s(data, length);
    s.resize(std::min(s.find('\0'), s.size()));
    s.erase(s.find_last_not_of(' ') + 1);
    return s;
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
        m_fileSize = InputFile::RequireRegularFile(path, "give a .h5 file");
        if (H5Fis_hdf5(path.c_str()) <= 0)
            throw EngineError(path + ": not an HDF5 file (or it is truncated): give a .h5 file");
        Hdf5Superblock::Check(path, m_fileSize);
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

std::vector<std::string> Hdf5File::Names() const {
    std::vector<std::string> names;
    const auto collect = [](hid_t, const char* name, const H5L_info_t*, void* out) -> herr_t {
        static_cast<std::vector<std::string>*>(out)->push_back(name);
        return 0;
    };
    hsize_t index = 0;
    if (H5Literate(m_file, H5_INDEX_NAME, H5_ITER_INC, &index, collect, &names) < 0)
        Fail("its list of datasets cannot be read; it is truncated or corrupt");
    return names;
}

std::vector<hsize_t> Hdf5File::MatrixShape(const std::string& name) const {
    std::vector<hsize_t> shape = Shape(name);
    if (shape.size() == 1) shape.push_back(1);
    if (shape.size() != 2)
        Fail("'" + name + "' has rank " + std::to_string(shape.size()) + ", a matrix needs rank 2");
    return shape;
}

std::uint64_t Hdf5File::RequireStored(hid_t ds, const std::string& name,
                                      const std::vector<hsize_t>& shape,
                                      std::uint64_t elementSize) const {
    const std::uint64_t elements = ElementCount(shape);
    if (elements == 0) return 0;
    const std::uint64_t declared = MemoryBudget::Multiply({elements, elementSize});
    Handle plist(H5Dget_create_plist(ds), H5Pclose);
    if (!plist.ok()) Fail("the storage of '" + name + "' cannot be read; " + kDamaged);
    // Data in other files would let a model read /dev/zero or any file of the user's.
    if (H5Pget_external_count(plist) != 0)
        Fail("'" + name +
             "' keeps its data in another file (HDF5 external storage); give a file that holds "
             "its data itself");
    const H5D_layout_t layout = H5Pget_layout(plist);
    if (layout == H5D_VIRTUAL)
        Fail("'" + name +
             "' is a virtual dataset made of other files' data; give a file that holds its data "
             "itself");
    const std::string claim =
        "'" + name + "' declares " + ShapeText(shape) + " = " + std::to_string(declared) + " bytes";
    const std::uint64_t stored = H5Dget_storage_size(ds);
    const auto unwritten = [&](const std::string& detail) {
        Fail(claim + " but only " + std::to_string(stored) + " bytes of it are stored" + detail +
             " (the rest would read as zeros); the file is truncated or corrupt");
    };
    std::uint64_t chunkBytes = 0;
    bool filtered = false;
    if (layout == H5D_CHUNKED) {
        std::vector<hsize_t> chunk(shape.size(), 0);
        if (H5Pget_chunk(plist, static_cast<int>(chunk.size()), chunk.data()) !=
            static_cast<int>(chunk.size()))
            Fail("the chunks of '" + name + "' cannot be read; " + kDamaged);
        std::uint64_t expected = 1;
        chunkBytes = elementSize;
        for (size_t i = 0; i < shape.size(); ++i) {
            if (chunk[i] == 0) Fail("'" + name + "' has chunks of size 0; " + kDamaged);
            expected = MemoryBudget::Multiply({expected, (shape[i] + chunk[i] - 1) / chunk[i]});
            chunkBytes = MemoryBudget::Multiply({chunkBytes, chunk[i]});
        }
        // Chunks never written read as the fill value: a tiny file could declare any number of
        // images and hand over zeros.
        hsize_t written = 0;
        Handle space(H5Dget_space(ds), H5Sclose);
        if (H5Dget_num_chunks(ds, space, &written) < 0)
            Fail("the chunks of '" + name + "' cannot be counted; " + kDamaged);
        if (written < expected)
            unwritten(", in " + std::to_string(written) + " of its " + std::to_string(expected) +
                      " chunks");
        filtered = H5Pget_nfilters(plist) > 0;
    } else if (stored < declared) {
        unwritten("");
    }
    if (filtered) {
        if (declared > CompressionBound::MaxDeclaredBytes(m_fileSize))
            Fail(claim + ", more than a compressed file of " + std::to_string(m_fileSize) +
                 " bytes can hold; the file is truncated or damaged");
        return chunkBytes;
    }
    if (declared > m_fileSize)
        Fail("'" + name + "' claims " + ShapeText(shape) +
             " elements, more than the file holds; it is truncated or corrupt");
    return 0;
}

void Hdf5File::RequireOrdinaryNumbers(hid_t type, const std::string& name) const {
    // HDF5 converts any integer or float layout a file declares, bit by bit, and trusts the
    // declaration: a damaged one (a precision or offset past the element's size, a float whose
    // fields overlap) sends the conversion outside its buffers. Every writer students meet
    // (h5py, NumPy, MATLAB, LayerLab) writes the machine's own layouts, so only those are read.
    const size_t size = H5Tget_size(type);
    const size_t precision = H5Tget_precision(type);
    const int offset = H5Tget_offset(type);
    const H5T_order_t order = H5Tget_order(type);
    bool ordinary =
        (order == H5T_ORDER_LE || order == H5T_ORDER_BE) && offset == 0 && precision == 8 * size;
    if (H5Tget_class(type) == H5T_INTEGER) {
        const H5T_sign_t sign = H5Tget_sign(type);
        ordinary = ordinary && (size == 1 || size == 2 || size == 4 || size == 8) &&
                   (sign == H5T_SGN_NONE || sign == H5T_SGN_2);
    } else {
        size_t spos = 0, epos = 0, esize = 0, mpos = 0, msize = 0;
        const bool fields = H5Tget_fields(type, &spos, &epos, &esize, &mpos, &msize) >= 0;
        const bool ieee32 = size == 4 && spos == 31 && epos == 23 && esize == 8 && mpos == 0 &&
                            msize == 23 && H5Tget_ebias(type) == 127;
        const bool ieee64 = size == 8 && spos == 63 && epos == 52 && esize == 11 && mpos == 0 &&
                            msize == 52 && H5Tget_ebias(type) == 1023;
        ordinary =
            ordinary && fields && (ieee32 || ieee64) && H5Tget_norm(type) == H5T_NORM_IMPLIED;
    }
    if (!ordinary)
        Fail("'" + name + "' declares its numbers in a layout no ordinary writer makes (" +
             std::to_string(size) + " bytes, " + std::to_string(precision) + " bits at offset " +
             std::to_string(offset) + "); " + kDamaged);
}

std::vector<hsize_t> Hdf5File::CheckNumeric(const std::string& name,
                                            std::uint64_t bytesPerElement) const {
    const std::vector<hsize_t> shape = Shape(name);
    Handle ds(H5Dopen2(m_file, name.c_str(), H5P_DEFAULT), H5Dclose);
    if (!ds.ok()) Fail("'" + name + "' is not a dataset");
    Handle type(H5Dget_type(ds), H5Tclose);
    const H5T_class_t cls = H5Tget_class(type);
    if (cls != H5T_INTEGER && cls != H5T_FLOAT) Fail("'" + name + "' does not hold numbers");
    RequireOrdinaryNumbers(type, name);
    // Sizes first: the budget names the claimed shape before the storage is looked at.
    const std::uint64_t wanted = MemoryBudget::Multiply({ElementCount(shape), bytesPerElement});
    MemoryBudget::Check(wanted, m_path, "'" + name + "' of shape " + ShapeText(shape), kDamaged);
    const std::uint64_t chunkBytes = RequireStored(ds, name, shape, H5Tget_size(type));
    // HDF5 decompresses a whole chunk into a buffer of its own.
    MemoryBudget::Check(MemoryBudget::Add({wanted, chunkBytes}), m_path,
                        "'" + name + "' of shape " + ShapeText(shape) + " and one chunk of it",
                        kDamaged);
    return shape;
}

bool Hdf5File::HoldsFloats(const std::string& name) const {
    Handle ds(H5Dopen2(m_file, name.c_str(), H5P_DEFAULT), H5Dclose);
    if (!ds.ok()) Fail("'" + name + "' is not a dataset");
    Handle type(H5Dget_type(ds), H5Tclose);
    return H5Tget_class(type) == H5T_FLOAT;
}

bool Hdf5File::HoldsBytes(const std::string& name) const {
    Handle ds(H5Dopen2(m_file, name.c_str(), H5P_DEFAULT), H5Dclose);
    if (!ds.ok()) Fail("'" + name + "' is not a dataset");
    Handle type(H5Dget_type(ds), H5Tclose);
    return H5Tget_class(type) == H5T_INTEGER && H5Tget_size(type) == 1 &&
           H5Tget_sign(type) == H5T_SGN_NONE;
}

namespace {

void ReadInto(hid_t file, const std::string& path, const std::string& name, hid_t memType,
              void* out) {
    Handle ds(H5Dopen2(file, name.c_str(), H5P_DEFAULT), H5Dclose);
    if (!ds.ok() || H5Dread(ds, memType, H5S_ALL, H5S_ALL, H5P_DEFAULT, out) < 0)
        throw EngineError(path + ": reading '" + name +
                          "' failed; the file is truncated or corrupt");
}

}  // namespace

void Hdf5File::ReadDoublesInto(const std::string& name, double* out, std::uint64_t count) const {
    if (ElementCount(Shape(name)) != count)
        Fail("'" + name + "' does not hold " + std::to_string(count) + " values");
    if (count > 0) ReadInto(m_file, m_path, name, H5T_NATIVE_DOUBLE, out);
}

void Hdf5File::ReadBytesInto(const std::string& name, std::uint8_t* out,
                             std::uint64_t count) const {
    if (!HoldsBytes(name)) Fail("'" + name + "' does not hold unsigned bytes");
    if (ElementCount(Shape(name)) != count)
        Fail("'" + name + "' does not hold " + std::to_string(count) + " values");
    if (count > 0) ReadInto(m_file, m_path, name, H5T_NATIVE_UINT8, out);
}

template <typename T>
std::vector<T> Hdf5File::ReadAs(const std::string& name, hid_t memType,
                                std::vector<hsize_t>* shapeOut) const {
    const std::vector<hsize_t> shape = CheckNumeric(name, sizeof(T));
    std::vector<T> out(static_cast<size_t>(ElementCount(shape)));
    if (!out.empty()) ReadInto(m_file, m_path, name, memType, out.data());
    if (shapeOut) *shapeOut = shape;
    return out;
}

std::vector<double> Hdf5File::ReadDoubles(const std::string& name,
                                          std::vector<hsize_t>* shape) const {
    return ReadAs<double>(name, H5T_NATIVE_DOUBLE, shape);
}

std::vector<std::uint8_t> Hdf5File::ReadBytes(const std::string& name,
                                              std::vector<hsize_t>* shape) const {
    return ReadAs<std::uint8_t>(name, H5T_NATIVE_UINT8, shape);
}

std::vector<std::string> Hdf5File::ReadStrings(const std::string& name) const {
    const auto shape = Shape(name);
    Handle ds(H5Dopen2(m_file, name.c_str(), H5P_DEFAULT), H5Dclose);
    Handle type(H5Dget_type(ds), H5Tclose);
    if (H5Tget_class(type) != H5T_STRING) Fail("'" + name + "' does not hold strings");
    const std::uint64_t n = ElementCount(shape);
    const std::string what = "'" + name + "' of shape " + ShapeText(shape);
    // Each std::string costs its characters twice (buffer and copy) and its own header.
    const std::uint64_t perString = sizeof(std::string) + sizeof(char*);
    std::vector<std::string> out;
    if (H5Tis_variable_str(type) > 0) {
        RequireStored(ds, name, shape, H5Tget_size(type));
        MemoryBudget::Check(MemoryBudget::Multiply({n, perString}), m_path, what, kDamaged);
        Handle mem(VariableStringType(type), H5Tclose);
        Handle space(H5Dget_space(ds), H5Sclose);
        hsize_t characters = 0;
        if (H5Dvlen_get_buf_size(ds, mem, space, &characters) < 0)
            Fail("reading '" + name + "' failed; the file is truncated or corrupt");
        // Variable-length strings live uncompressed in the file's heap.
        if (characters > m_fileSize)
            Fail("'" + name + "' claims " + std::to_string(characters) +
                 " bytes of strings, more than the file holds; it is truncated or corrupt");
        MemoryBudget::Check(MemoryBudget::Add({MemoryBudget::Multiply({n, perString}),
                                               MemoryBudget::Multiply({characters, 2})}),
                            m_path, what, kDamaged);
        std::vector<char*> ptrs(n, nullptr);
        if (H5Dread(ds, mem, H5S_ALL, H5S_ALL, H5P_DEFAULT, ptrs.data()) < 0)
            Fail("reading '" + name + "' failed; the file is truncated or corrupt");
        for (char* p : ptrs) out.emplace_back(p ? p : "");
        H5Dvlen_reclaim(mem, space, H5P_DEFAULT, ptrs.data());
    } else {
        const size_t len = H5Tget_size(type);
        MemoryBudget::Check(MemoryBudget::Multiply({n, MemoryBudget::Add({len, len, perString})}),
                            m_path, what, kDamaged);
        RequireStored(ds, name, shape, len);
        std::vector<char> buf(n * len + 1, '\0');
        if (H5Dread(ds, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, buf.data()) < 0)
            Fail("reading '" + name + "' failed; the file is truncated or corrupt");
        for (hsize_t i = 0; i < n; ++i) out.push_back(FixedString(buf.data() + i * len, len));
    }
    return out;
}

arma::mat Hdf5File::ReadMatrix(const std::string& name) const {
    const std::vector<hsize_t> shape = MatrixShape(name);
    // The row-major copy and its transpose.
    CheckNumeric(name, 2 * sizeof(double));
    // Row-major rows × cols is column-major cols × rows: read it so, then transpose.
    arma::mat t(shape[1], shape[0]);
    ReadDoublesInto(name, t.memptr(), t.n_elem);
    return t.t();
}

void Hdf5File::WriteArray(const std::string& name, const std::vector<hsize_t>& shape,
                          hid_t fileType, hid_t memType, const void* data, size_t count) {
    if (ElementCount(shape) != count)
        Fail("cannot write '" + name + "': " + std::to_string(count) + " values do not fill " +
             ShapeText(shape));
    Handle space(H5Screate_simple(static_cast<int>(shape.size()), shape.data(), nullptr), H5Sclose);
    // Without modification times in the object headers the same model gives the same bytes:
    // files can be compared by hash, and the fuzzers' seed corpus is the same on every run.
    Handle dcpl(H5Pcreate(H5P_DATASET_CREATE), H5Pclose);
    if (!dcpl.ok() || H5Pset_obj_track_times(dcpl, false) < 0)
        Fail("cannot prepare dataset '" + name + "'");
    Handle ds(H5Dcreate2(m_file, name.c_str(), fileType, space, H5P_DEFAULT, dcpl, H5P_DEFAULT),
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

void Hdf5File::WriteVector(const std::string& name, const arma::vec& v) {
    WriteArray(name, {v.n_elem}, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, v.memptr(), v.n_elem);
}

void Hdf5File::CreateGroup(const std::string& name) {
    // No modification time, as for datasets: the same model gives the same bytes.
    Handle gcpl(H5Pcreate(H5P_GROUP_CREATE), H5Pclose);
    if (!gcpl.ok() || H5Pset_obj_track_times(gcpl, false) < 0)
        Fail("cannot prepare group '" + name + "'");
    Handle group(H5Gcreate2(m_file, name.c_str(), H5P_DEFAULT, gcpl, H5P_DEFAULT), H5Gclose);
    if (!group.ok()) Fail("cannot create group '" + name + "'");
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

void Hdf5File::WriteIntegerAttribute(const std::string& name, std::int64_t value) {
    Handle space(H5Screate(H5S_SCALAR), H5Sclose);
    Handle attr(H5Acreate2(m_file, name.c_str(), H5T_STD_I64LE, space, H5P_DEFAULT, H5P_DEFAULT),
                H5Aclose);
    if (!attr.ok() || H5Awrite(attr, H5T_NATIVE_INT64, &value) < 0)
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
    // One string is read into one buffer: an array of them would overrun it.
    Handle space(H5Aget_space(attr), H5Sclose);
    const hssize_t count = H5Sget_simple_extent_npoints(space);
    if (count != 1)
        Fail("attribute '" + name + "' holds " + std::to_string(count) +
             " strings where one was expected; " + kDamaged);
    if (H5Tis_variable_str(type) > 0) {
        char* p = nullptr;
        Handle mem(VariableStringType(type), H5Tclose);
        if (H5Aread(attr, mem, &p) < 0) Fail("attribute '" + name + "' cannot be read");
        std::string s = p ? p : "";
        H5free_memory(p);
        return s;
    }
    const size_t len = H5Tget_size(type);
    if (len > (1u << 24) || len > m_fileSize) Fail("attribute '" + name + "' is implausibly long");
    std::string s(len, '\0');
    if (H5Aread(attr, type, s.data()) < 0) Fail("attribute '" + name + "' cannot be read");
    return FixedString(s.data(), s.size());
}

std::vector<std::uint64_t> Hdf5File::ReadUIntArrayAttribute(const std::string& name) const {
    Handle attr(H5Aopen(m_file, name.c_str(), H5P_DEFAULT), H5Aclose);
    if (!attr.ok()) Fail("has no attribute '" + name + "'");
    // HDF5 converts the attribute's numbers as their declared layout says, as for datasets (any
    // other class fails the read below).
    Handle type(H5Aget_type(attr), H5Tclose);
    if (H5Tget_class(type) == H5T_INTEGER || H5Tget_class(type) == H5T_FLOAT)
        RequireOrdinaryNumbers(type, name);
    Handle space(H5Aget_space(attr), H5Sclose);
    const hssize_t n = H5Sget_simple_extent_npoints(space);
    if (n < 0 || n > 4096) Fail("attribute '" + name + "' has an implausible size");
    std::vector<std::uint64_t> out(static_cast<size_t>(n));
    if (n > 0 && H5Aread(attr, H5T_NATIVE_UINT64, out.data()) < 0)
        Fail("attribute '" + name + "' cannot be read");
    return out;
}

std::int64_t Hdf5File::ReadIntegerAttribute(const std::string& name) const {
    Handle attr(H5Aopen(m_file, name.c_str(), H5P_DEFAULT), H5Aclose);
    if (!attr.ok()) Fail("has no attribute '" + name + "'");
    Handle type(H5Aget_type(attr), H5Tclose);
    if (H5Tget_class(type) != H5T_INTEGER) Fail("attribute '" + name + "' is not an integer");
    RequireOrdinaryNumbers(type, name);
    // One value is read into one variable: an array of them would overrun it.
    Handle space(H5Aget_space(attr), H5Sclose);
    const hssize_t count = H5Sget_simple_extent_npoints(space);
    if (count != 1)
        Fail("attribute '" + name + "' holds " + std::to_string(count) +
             " values where one was expected; " + kDamaged);
    std::int64_t value = 0;
    if (H5Aread(attr, H5T_NATIVE_INT64, &value) < 0)
        Fail("attribute '" + name + "' cannot be read");
    return value;
}

}  // namespace layerlab
