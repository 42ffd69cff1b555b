package cn.haitang.console.organization;

/**
 * One node of the structure tree, with the number of its children counted in SQL so the tree knows
 * whether it can be expanded without loading them. Equal by kind and id only, so a node fetched again
 * (after an edit or a search) is the same node to the tree.
 */
public record TreeNode(NodeKind kind, long id, String name, String detail, long childCount, long townId) {

    public String key() {
        return kind.name() + ":" + id;
    }

    public boolean hasChildren() {
        return childCount > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TreeNode node && node.kind == kind && node.id == id;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Long.hashCode(id);
    }
}
