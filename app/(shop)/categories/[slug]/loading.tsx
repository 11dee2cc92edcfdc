import { GridSkeleton } from "../../_components/skeletons";

export default function Loading() {
  return <GridSkeleton />;
}
