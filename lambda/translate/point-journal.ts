/**
 * What the point being added has done, so that it is kept or dropped as a unit. A destination stores one
 * sample per series and millisecond: given two, Prometheus keeps one and says nothing. So when any sample
 * of a point meets a sample already there for the same series and millisecond, none of the point's
 * samples is kept and the caller counts the point as rejected. Nothing is lost silently.
 */

/**
 * What became of a point's samples: all new (`written`), all exact copies of samples already there
 * (`duplicate`), or at least one with another value for the same series and millisecond (`collision`).
 */
export type PointOutcome = 'written' | 'duplicate' | 'collision';

/** The no-point id, for samples outside a point (target_info). */
export const NO_POINT = -1;

/** The pushes, copies and clashes of the current point; `E` is what a push went to. */
export class PointJournal<E> {
  /** The current point's id, or NO_POINT between points. */
  point = NO_POINT;
  private nextPoint = 0;
  // What the current point pushed, for a rollback: the entries, and the cost of each (negative for a
  // histogram). Two flat arrays reused from point to point: no object per sample.
  private readonly pushedEntries: E[] = [];
  private readonly pushedCosts: number[] = [];
  private added = 0;
  private copies = 0;
  private clashes = 0;

  /** Starts a point with the next id. */
  begin(): void {
    this.point = this.nextPoint++;
    this.pushedEntries.length = 0;
    this.pushedCosts.length = 0;
    this.added = 0;
    this.copies = 0;
    this.clashes = 0;
  }

  /** Records a push of the current point; `cost` is negative for a histogram. Nothing outside a point. */
  pushed(entry: E, cost: number): void {
    if (this.point === NO_POINT) return;
    this.pushedEntries.push(entry);
    this.pushedCosts.push(cost);
    this.added++;
  }

  /** A sample equal to one already there. */
  copy(): void {
    this.copies++;
  }

  /** A sample with another value than the one already there. */
  clash(): void {
    this.clashes++;
  }

  /**
   * Ends the point; unless `written`, hands every push to `undo`, last first (with the cost given to
   * {@link pushed}).
   */
  end(undo: (entry: E, cost: number) => void): PointOutcome {
    const outcome: PointOutcome =
      this.clashes > 0 || (this.copies > 0 && this.added > 0)
        ? 'collision'
        : this.copies > 0
          ? 'duplicate'
          : 'written';
    if (outcome !== 'written') {
      for (let i = this.pushedEntries.length - 1; i >= 0; i--) {
        undo(this.pushedEntries[i] as E, this.pushedCosts[i] as number);
      }
    }
    this.point = NO_POINT;
    return outcome;
  }
}
