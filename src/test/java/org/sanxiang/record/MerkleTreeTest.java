package org.sanxiang.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** RFC 9162 over stored subtrees: the roots are the RFC's MTH, every proof verifies and a wrong one does not. */
class MerkleTreeTest {

    static final RecordHash H = RecordHash.SM3;

    static List<byte[]> leaves(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(H.leaf(("entry " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }

    /** MTH as the RFC defines it, recursively over the leaf hashes */
    static byte[] mth(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return H.empty();
        }
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        return H.node(mth(leaves.subList(0, k)), mth(leaves.subList(k, leaves.size())));
    }

    /** every complete subtree, as the log stores them */
    static MerkleTree tree(List<byte[]> leaves) {
        Map<String, byte[]> nodes = new HashMap<>();
        for (int level = 0; (1 << level) <= leaves.size(); level++) {
            int width = 1 << level;
            for (int index = 0; (index + 1) * width <= leaves.size(); index++) {
                nodes.put(level + "/" + index, mth(leaves.subList(index * width, (index + 1) * width)));
            }
        }
        return new MerkleTree(H, (level, index) -> nodes.get(level + "/" + index));
    }

    @Test
    void rootsInclusionAndConsistencyProofsVerifyForEveryTreeUpTo40Leaves() {
        List<byte[]> all = leaves(40);
        MerkleTree tree = tree(all);
        for (int size = 1; size <= 40; size++) {
            byte[] root = tree.root(size);
            assertThat(root).isEqualTo(mth(all.subList(0, size)));
            for (int index = 0; index < size; index++) {
                List<byte[]> path = tree.inclusion(index, size);
                assertThat(MerkleTree.verifyInclusion(H, index, size, all.get(index), path, root)).as("leaf %d of %d", index, size).isTrue();
                assertThat(MerkleTree.verifyInclusion(H, index, size, all.get((index + 1) % 40), path, root)).isFalse();
            }
            for (int from = 1; from <= size; from++) {
                List<byte[]> proof = tree.consistency(from, size);
                assertThat(MerkleTree.verifyConsistency(H, from, size, tree.root(from), root, proof)).as("%d -> %d", from, size).isTrue();
                if (from < size) {
                    assertThat(MerkleTree.verifyConsistency(H, from, size, H.leaf(new byte[] {9}), root, proof)).isFalse();
                }
            }
        }
    }
}
