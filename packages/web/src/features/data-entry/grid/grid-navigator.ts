/** The form's inputs by reading-order index, so keyboard moves can focus the target cell. */
export class GridNavigator {
  private readonly inputs = new Map<number, HTMLInputElement>();

  /** A ref callback for the input at `index` (React 19 calls the returned cleanup on unmount). */
  ref(index: number) {
    return (input: HTMLInputElement | null) => {
      if (!input) return;
      this.inputs.set(index, input);
      return () => {
        if (this.inputs.get(index) === input) this.inputs.delete(index);
      };
    };
  }

  /** Focuses the cell at `index`; false when there is none. */
  focus(index: number): boolean {
    const input = this.inputs.get(index);
    if (!input) return false;
    input.focus();
    return true;
  }
}
