package org.sanxiang.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree hash, inclusion and consistency proofs of RFC 9162 (section 2.1), over stored
 * complete subtrees: {@link Nodes#node(int, long)} is the hash of leaves
 * [index·2^level, (index+1)·2^level). Any range the RFC's recursion visits is a combination of at
 * most log n such subtrees, so no request rehashes the log. Verification needs no store and is
 * used by the offline verifier too.
 */
public final class MerkleTree {

    /** the stored complete subtrees */
    public interface Nodes {
        byte[] node(int level, long index);
    }

    private final RecordHash hash;
    private final Nodes nodes;
    /** the ranges already hashed by this tree: the right edge is shared by every proof of one request */
    private final java.util.Map<Long, java.util.Map<Long, byte[]>> ranges = new java.util.HashMap<>();

    public MerkleTree(RecordHash hash, Nodes nodes) {
        this.hash = hash;
        this.nodes = nodes;
    }

    /** a tree that only names the stored subtrees a request reads, hashing nothing (its hashes are meaningless) */
    static MerkleTree collecting(Nodes nodes) {
        return new MerkleTree(null, nodes);
    }

    /** MTH(D[0:size]) */
    public byte[] root(long size) {
        return size == 0 ? (hash == null ? new byte[0] : hash.empty()) : range(0, size);
    }

    /**
     * MTH(D[0:size]) computed from the given leaf hashes (log index → H(0x00 ‖ entry)) and the stored subtrees of
     * every range without one of them: the same root as {@link #root(long)} exactly when each given leaf is the log's
     * leaf at its index. One such root checks the inclusion of all of a case's entries at once, hashing each interior
     * node on the union of their paths once, where one inclusion proof per entry would hash them again and again.
     */
    public byte[] root(long size, java.util.NavigableMap<Long, byte[]> leaves) {
        if (leaves.isEmpty() || leaves.lastKey() >= size || leaves.firstKey() < 0) {
            throw new IllegalArgumentException("leaves outside the tree of size " + size);
        }
        return over(0, size, leaves);
    }

    private byte[] over(long lo, long hi, java.util.NavigableMap<Long, byte[]> leaves) {
        Long first = leaves.ceilingKey(lo);
        if (first == null || first >= hi) {
            return range(lo, hi);
        }
        if (hi - lo == 1) {
            return leaves.get(lo);
        }
        long k = Long.highestOneBit(hi - lo - 1);
        byte[] left = over(lo, lo + k, leaves);
        byte[] right = over(lo + k, hi, leaves);
        return hash == null ? right : hash.node(left, right);
    }

    /** PATH(index, D[0:size]), leaf level first */
    public List<byte[]> inclusion(long index, long size) {
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, path);
        return path;
    }

    /** PROOF(from, D[0:to]) */
    public List<byte[]> consistency(long from, long to) {
        List<byte[]> proof = new ArrayList<>();
        if (from > 0 && from < to) {
            subproof(from, 0, to, true, proof);
        }
        return proof;
    }

    private void path(long m, long lo, long hi, List<byte[]> out) {
        long n = hi - lo;
        if (n <= 1) {
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (m < k) {
            path(m, lo, lo + k, out);
            out.add(range(lo + k, hi));
        } else {
            path(m - k, lo + k, hi, out);
            out.add(range(lo, lo + k));
        }
    }

    private void subproof(long m, long lo, long hi, boolean complete, List<byte[]> out) {
        long n = hi - lo;
        if (m == n) {
            if (!complete) {
                out.add(range(lo, hi));
            }
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (m <= k) {
            subproof(m, lo, lo + k, complete, out);
            out.add(range(lo + k, hi));
        } else {
            subproof(m - k, lo + k, hi, false, out);
            out.add(range(lo, lo + k));
        }
    }

    /** MTH(D[lo:hi]) where lo is a multiple of the largest power of two below hi - lo (as in the RFC's recursion) */
    private byte[] range(long lo, long hi) {
        long n = hi - lo;
        if (Long.bitCount(n) == 1 && lo % n == 0) {
            return nodes.node(Long.numberOfTrailingZeros(n), lo / n);
        }
        byte[] known = ranges.computeIfAbsent(lo, l -> new java.util.HashMap<>()).get(hi);
        if (known != null) {
            return known;
        }
        long k = Long.highestOneBit(n - 1);
        byte[] left = range(lo, lo + k);
        byte[] right = range(lo + k, hi);
        byte[] computed = hash == null ? right : hash.node(left, right);
        ranges.get(lo).put(hi, computed);
        return computed;
    }

    /** RFC 9162 2.1.3.2: the leaf at index is in the tree of this size with this root */
    public static boolean verifyInclusion(RecordHash hash, long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = hash.node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = hash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 2.1.4.2: the tree of size {@code to} with root2 extends the tree of size {@code from} with root1 */
    public static boolean verifyConsistency(RecordHash hash, long from, long to, byte[] root1, byte[] root2, List<byte[]> proof) {
        if (from == to) {
            return proof.isEmpty() && Arrays.equals(root1, root2);
        }
        if (from == 0) {
            return proof.isEmpty();
        }
        if (from > to || proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(from) == 1) {
            path.add(0, root1);
        }
        long fn = from - 1;
        long sn = to - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = hash.node(c, fr);
                sr = hash.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = hash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, root1) && Arrays.equals(sr, root2);
    }
}
