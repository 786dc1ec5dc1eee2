import { mountRootParcel, type ParcelConfig } from 'single-spa';
import type { DigiOneParcelConfig } from '@digione/sdk';
import type { AppContextHandle } from '@digione/sdk/host';
import { withTimeout } from './loader.js';

/** A widget placed by the shell; unmount it before its element goes away. */
export interface MountedWidget {
  unmount(): Promise<void>;
}

/**
 * Mounts a widget (`key`: app and widget) into `domElement` as a single-spa parcel with its app's
 * context `handle`, which ends when the widget unmounts or fails to mount within `timeoutMs`.
 */
export async function mountWidgetParcel(
  config: DigiOneParcelConfig,
  handle: AppContextHandle,
  domElement: HTMLElement,
  key: string,
  timeoutMs: number,
): Promise<MountedWidget> {
  const parcel = mountRootParcel(config as unknown as ParcelConfig, {
    domElement,
    context: handle.context,
  });
  try {
    await withTimeout(
      parcel.mountPromise,
      timeoutMs,
      `The widget "${key}" did not mount within ${timeoutMs} ms.`,
    );
  } catch (error) {
    handle.dispose();
    throw error;
  }
  return {
    async unmount() {
      try {
        if (parcel.getStatus() === 'MOUNTED') await parcel.unmount();
      } finally {
        handle.dispose();
      }
    },
  };
}
