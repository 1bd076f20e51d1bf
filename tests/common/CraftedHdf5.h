#pragma once

// HDF5 files crafted with the C API directly, so that they can say what Hdf5File never writes:
// chunks never written, compression bombs, string bombs, models claiming impossible W1 shapes.
// Shared by the engine's tst_hostilehdf5 and the window's tst_hostilewindow.
#include <hdf5.h>

#include <armadillo>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace layerlab::testdata {

using Maker = std::function<void(const std::string&)>;

constexpr hsize_t kHuge = (hsize_t(1) << 62) + 1;  // 4611686018427387905

// A file written with the C API directly, so that it can say what Hdf5File never writes.
class Crafted {
public:
    explicit Crafted(const std::string& path)
        : m_file(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT)) {
        if (m_file < 0) throw std::runtime_error("cannot create " + path);
    }
    ~Crafted() { H5Fclose(m_file); }
    hid_t Id() const { return m_file; }
    Crafted(const Crafted&) = delete;
    Crafted& operator=(const Crafted&) = delete;

    // A dataset of type with dims; chunked when chunk is given, deflated when level >= 0; data
    // (of memType) written whole when given, else nothing is written.
    void Dataset(const std::string& name, const std::vector<hsize_t>& dims, hid_t type,
                 const std::vector<hsize_t>& chunk = {}, int level = -1, const void* data = nullptr,
                 hid_t memType = H5I_INVALID_HID) {
        const hid_t ds = Create(name, dims, type, chunk, level);
        if (data && H5Dwrite(ds, memType, H5S_ALL, H5S_ALL, H5P_DEFAULT, data) < 0)
            throw std::runtime_error("cannot write " + name);
        H5Dclose(ds);
    }
    // A chunked, deflated dataset whose chunks are raw bytes of ours (H5Dwrite_chunk): each
    // chunk claims its full size from a few stored bytes.
    void ChunksOf(const std::string& name, const std::vector<hsize_t>& dims,
                  const std::vector<hsize_t>& chunk, const std::string& bytes) {
        const hid_t ds = Create(name, dims, H5T_STD_U8LE, chunk, 9);
        std::vector<hsize_t> offset(dims.size(), 0);
        for (hsize_t at = 0; at < dims[0]; at += chunk[0]) {
            offset[0] = at;
            if (H5Dwrite_chunk(ds, H5P_DEFAULT, 0, offset.data(), bytes.size(), bytes.data()) < 0)
                throw std::runtime_error("cannot write a chunk of " + name);
        }
        H5Dclose(ds);
    }
    // Contiguous data kept in another file (external storage).
    void External(const std::string& name, hsize_t count, const std::string& other) {
        const hid_t dcpl = H5Pcreate(H5P_DATASET_CREATE);
        H5Pset_external(dcpl, other.c_str(), 0, count);
        const hid_t space = H5Screate_simple(1, &count, nullptr);
        const hid_t ds =
            H5Dcreate2(m_file, name.c_str(), H5T_STD_U8LE, space, H5P_DEFAULT, dcpl, H5P_DEFAULT);
        if (ds < 0) throw std::runtime_error("cannot create " + name);
        H5Dclose(ds);
        H5Sclose(space);
        H5Pclose(dcpl);
    }
    // Strings as h5py writes a list of str: variable length, in the character set given.
    void VariableStrings(const std::string& name, const std::vector<std::string>& values,
                         H5T_cset_t cset = H5T_CSET_UTF8) {
        std::vector<const char*> ptrs;
        for (const std::string& v : values) ptrs.push_back(v.c_str());
        const hid_t type = StringType(H5T_VARIABLE, cset);
        const hsize_t n = values.size();
        const hid_t space = H5Screate_simple(1, &n, nullptr);
        const hid_t ds =
            H5Dcreate2(m_file, name.c_str(), type, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        if (ds < 0 || H5Dwrite(ds, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, ptrs.data()) < 0)
            throw std::runtime_error("cannot write " + name);
        H5Dclose(ds);
        H5Sclose(space);
        H5Tclose(type);
    }
    // A scalar string attribute of the file: variable length (h5py's str) or fixed.
    void StringAttribute(const std::string& name, const std::string& value, bool variable,
                         H5T_cset_t cset = H5T_CSET_UTF8) {
        const hid_t type = StringType(variable ? H5T_VARIABLE : value.size(), cset);
        const hid_t space = H5Screate(H5S_SCALAR);
        const hid_t attr = H5Acreate2(m_file, name.c_str(), type, space, H5P_DEFAULT, H5P_DEFAULT);
        const char* p = value.c_str();
        if (attr < 0 || H5Awrite(attr, type, variable ? static_cast<const void*>(&p) : p) < 0)
            throw std::runtime_error("cannot write attribute " + name);
        H5Aclose(attr);
        H5Sclose(space);
        H5Tclose(type);
    }
    // A 1-D attribute of variable-length UTF-8 strings (h5py's list of str).
    void StringArrayAttribute(const std::string& name, const std::vector<std::string>& values) {
        std::vector<const char*> ptrs;
        for (const std::string& v : values) ptrs.push_back(v.c_str());
        const hid_t type = StringType(H5T_VARIABLE, H5T_CSET_UTF8);
        const hsize_t n = values.size();
        const hid_t space = H5Screate_simple(1, &n, nullptr);
        const hid_t attr = H5Acreate2(m_file, name.c_str(), type, space, H5P_DEFAULT, H5P_DEFAULT);
        if (attr < 0 || H5Awrite(attr, type, ptrs.data()) < 0)
            throw std::runtime_error("cannot write attribute " + name);
        H5Aclose(attr);
        H5Sclose(space);
        H5Tclose(type);
    }
    void Matrix(const std::string& name, const arma::mat& m) {
        const arma::mat rowMajor = m.t();
        Dataset(name, {m.n_rows, m.n_cols}, H5T_IEEE_F64LE, {}, -1, rowMajor.memptr(),
                H5T_NATIVE_DOUBLE);
    }

private:
    hid_t Create(const std::string& name, const std::vector<hsize_t>& dims, hid_t type,
                 const std::vector<hsize_t>& chunk, int level) {
        const hid_t dcpl = H5Pcreate(H5P_DATASET_CREATE);
        if (!chunk.empty()) H5Pset_chunk(dcpl, static_cast<int>(chunk.size()), chunk.data());
        if (level >= 0) H5Pset_deflate(dcpl, static_cast<unsigned>(level));
        const hid_t space = H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr);
        const hid_t ds =
            H5Dcreate2(m_file, name.c_str(), type, space, H5P_DEFAULT, dcpl, H5P_DEFAULT);
        H5Sclose(space);
        H5Pclose(dcpl);
        if (ds < 0) throw std::runtime_error("HDF5 refused to create " + name);
        return ds;
    }
    static hid_t StringType(size_t size, H5T_cset_t cset) {
        const hid_t type = H5Tcopy(H5T_C_S1);
        H5Tset_size(type, size);
        H5Tset_cset(type, cset);
        return type;
    }
    hid_t m_file;
};

inline void Labels(Crafted& f, hsize_t m, const char* name = "train_set_y") {
    std::vector<std::int64_t> labels(m);
    for (hsize_t i = 0; i < m; ++i) labels[i] = static_cast<std::int64_t>(i % 2);
    f.Dataset(name, {m}, H5T_STD_I64LE, {}, -1, labels.data(), H5T_NATIVE_INT64);
}

// Four 2 × 2 RGB images with alternating labels: a valid train set to hang a bad dataset on.
inline void TinyTrainSet(Crafted& f) {
    const std::vector<std::uint8_t> pixels(4 * 12, 7);
    f.Dataset("train_set_x", {4, 2, 2, 3}, H5T_STD_U8LE, {}, -1, pixels.data(), H5T_NATIVE_UINT8);
    Labels(f, 4);
}

// list_classes declared as count fixed 2000-byte strings in chunks of chunk, none written.
inline void UnwrittenClassNames(Crafted& f, hsize_t count, hsize_t chunk) {
    const hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, 2000);
    f.Dataset("list_classes", {count}, type, {chunk});
    H5Tclose(type);
}

// A model whose W1 is declared with dims and chunk (no data written) and a small b1.
inline Maker HugeW1(std::vector<hsize_t> dims) {
    return [dims](const std::string& path) {
        Crafted f(path);
        f.Dataset("W1", dims, H5T_IEEE_F64LE, std::vector<hsize_t>(dims.size(), 1));
        f.Matrix("b1", arma::mat(dims[0] < 64 ? dims[0] : 1, 1, arma::fill::zeros));
    };
}

// The data-set bombs of the issue, by name, and the words their refusal must hold.
struct Bomb {
    const char* name;
    Maker make;
    bool model;
    const char* message;
};

inline std::vector<Bomb> Bombs() {
    return {
        {"10^6 images, chunked, nothing written",
         [](const std::string& path) {
             Crafted f(path);
             f.Dataset("train_set_x", {1000000, 64, 64, 3}, H5T_STD_U8LE, {1, 64, 64, 3});
             Labels(f, 1000000);
         },
         false, "'train_set_x'"},
        {"gzip chunks claiming 200 MB from 30 bytes each",
         [](const std::string& path) {
             Crafted f(path);
             f.ChunksOf("train_set_x", {4000, 128, 128, 3}, {40, 128, 128, 3},
                        std::string(30, 'x'));
             Labels(f, 4000);
         },
         false, "'train_set_x'"},
        {"list_classes of 10^6 strings of 2000 bytes",
         [](const std::string& path) {
             Crafted f(path);
             TinyTrainSet(f);
             UnwrittenClassNames(f, 1000000, 1000);
         },
         false, "'list_classes'"},
        {"model W1 30000 x 12288, chunked, nothing written", HugeW1({30000, 12288}), true, "'W1'"},
        {"model W1 4 x (2^62+1)", HugeW1({4, kHuge}), true,
         "'W1' of shape [4, 4611686018427387905]"},
    };
}

}  // namespace layerlab::testdata
