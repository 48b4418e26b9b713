import { Button, Group, Tree, getTreeExpandedState, useTree } from '@mantine/core';
import type { TreeNodeData } from '@mantine/core';

type TreeExpandedState = Record<string, boolean>;
import type { OrgUnit } from '@syt/core/metadata/types.ts';
import { useEffect, useMemo, useState } from 'react';
import { vi } from '../../i18n/vi.ts';
import type { OrgUnitNode } from './build-tree.ts';
import { OrgUnitLabel } from './org-unit-label.tsx';

function toTreeData(nodes: readonly OrgUnitNode[]): TreeNodeData[] {
  return nodes.map((node) => ({
    value: node.unit.code,
    label: node.unit.name,
    children: toTreeData(node.children),
  }));
}

function indexUnits(nodes: readonly OrgUnitNode[], index = new Map<string, OrgUnit>()): Map<string, OrgUnit> {
  for (const node of nodes) {
    index.set(node.unit.code, node.unit);
    indexUnits(node.children, index);
  }
  return index;
}

/** Roots open, so the tree shows down to level 2; everything open while searching. */
function defaultExpanded(data: TreeNodeData[], expandAll: boolean): TreeExpandedState {
  return getTreeExpandedState(data, expandAll ? '*' : data.map((node) => node.value));
}

interface OrgUnitTreeProps {
  nodes: readonly OrgUnitNode[];
  nameOf: (code: string) => string;
  expandAll: boolean;
}

/** The org-unit hierarchy as a Mantine Tree, with expand/collapse-all controls. */
export function OrgUnitTree({ nodes, nameOf, expandAll }: OrgUnitTreeProps) {
  const data = useMemo(() => toTreeData(nodes), [nodes]);
  const units = useMemo(() => indexUnits(nodes), [nodes]);
  const [expanded, setExpanded] = useState(() => defaultExpanded(data, expandAll));
  const tree = useTree({ expandedState: expanded, onExpandedStateChange: setExpanded });

  // New data or a new search resets the view; runs after Tree's own initialisation, so it wins.
  useEffect(() => setExpanded(defaultExpanded(data, expandAll)), [data, expandAll]);

  return (
    <>
      <Group gap="xs" mb="sm">
        <Button variant="subtle" size="compact-sm" onClick={() => tree.expandAllNodes()}>
          {vi.orgUnits.expandAll}
        </Button>
        <Button variant="subtle" size="compact-sm" onClick={() => tree.collapseAllNodes()}>
          {vi.orgUnits.collapseAll}
        </Button>
      </Group>
      <Tree
        data={data}
        tree={tree}
        levelOffset="xl"
        data-testid="org-unit-tree"
        aria-label={vi.orgUnits.title}
        renderNode={(payload) => {
          const unit = units.get(payload.node.value);
          return unit ? <OrgUnitLabel payload={payload} unit={unit} nameOf={nameOf} /> : null;
        }}
      />
    </>
  );
}
