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

    @Test
    void theRootOverSomeLeavesAndTheStoredSubtreesBetweenThemIsTheTreesRootOnlyWhenEveryLeafIsTheLogs() {
        List<byte[]> all = leaves(40);
        java.util.Random random = new java.util.Random(11);
        for (int size = 1; size <= 40; size++) {
            for (int round = 0; round < 20; round++) {
                java.util.TreeMap<Long, byte[]> some = new java.util.TreeMap<>();
                for (int index = 0; index < size; index++) {
                    if (round == 0 || random.nextInt(3) == 0) {
                        some.put((long) index, all.get(index));
                    }
                }
                if (some.isEmpty()) {
                    int index = random.nextInt(size);
                    some.put((long) index, all.get(index));
                }
                // the stored subtrees are the log's; the leaves given are what the case's entries hash to
                assertThat(tree(all).root(size, some)).as("%s of %d", some.keySet(), size).isEqualTo(mth(all.subList(0, size)));
                long altered = some.keySet().stream().skip(random.nextInt(some.size())).findFirst().orElseThrow();
                some.put(altered, H.leaf(new byte[] {9}));
                assertThat(tree(all).root(size, some)).as("leaf %d altered, %s of %d", altered, some.keySet(), size)
                    .isNotEqualTo(mth(all.subList(0, size)));
            }
        }
    }
}
