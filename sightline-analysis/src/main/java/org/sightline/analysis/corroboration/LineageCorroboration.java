package org.sightline.analysis.corroboration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collapses statements to their origins by lineage: statements with the same innermost speaker
 * are one origin (three articles quoting one inspector-general report); statements in the same
 * document are one origin; statements in near-duplicate documents (a story republished by
 * another outlet, under its own name) are one origin. Independence is what is left.
 */
public final class LineageCorroboration implements Corroboration {
    private final NearDuplicates nearDuplicates;

    /** @param nearDuplicates which documents are republications of one another; null: none are */
    public LineageCorroboration(NearDuplicates nearDuplicates) {
        this.nearDuplicates = nearDuplicates;
    }

    @Override
    public Origins origins(List<SupportingStatement> statements) {
        int n = statements.size();
        int[] parent = new int[n];
        List<Set<String>> why = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            why.add(new LinkedHashSet<>());
        }
        Map<Long, Integer> firstBySpeaker = new LinkedHashMap<>();
        Map<String, Integer> firstByDocument = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            SupportingStatement s = statements.get(i);
            Integer same = firstBySpeaker.putIfAbsent(s.origin(), i);
            if (same != null) {
                union(parent, why, same, i, "same original speaker");
            }
            Integer sameDoc = firstByDocument.putIfAbsent(s.documentId(), i);
            if (sameDoc != null) {
                union(parent, why, sameDoc, i, "same document");
            }
        }
        if (nearDuplicates != null) {
            List<String> docs = new ArrayList<>(firstByDocument.keySet());
            for (int a = 0; a < docs.size(); a++) {
                for (int b = a + 1; b < docs.size(); b++) {
                    if (nearDuplicates.near(docs.get(a), docs.get(b))) {
                        union(parent, why, firstByDocument.get(docs.get(a)), firstByDocument.get(docs.get(b)),
                                "near-duplicate documents (republication)");
                    }
                }
            }
        }
        Map<Integer, List<SupportingStatement>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(statements.get(i));
        }
        List<Origins.Origin> origins = new ArrayList<>();
        for (Map.Entry<Integer, List<SupportingStatement>> g : groups.entrySet()) {
            origins.add(new Origins.Origin(g.getValue().get(0).origin(), g.getValue(), new ArrayList<>(why.get(g.getKey()))));
        }
        return new Origins(origins);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, List<Set<String>> why, int a, int b, String reason) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra == rb) {
            why.get(ra).add(reason);
            return;
        }
        int root = Math.min(ra, rb);
        int child = Math.max(ra, rb);
        parent[child] = root;
        why.get(root).addAll(why.get(child));
        why.get(root).add(reason);
    }
}
