// The bridge in the Electron build ('@platform/bridge' resolves here): the API electron/preload.ts exposes.
import type { PlanevalBridge } from '../../shared/ipc';

declare global {
  interface Window {
    /** Set by the preload in Electron only; the renderer reaches it through '@platform/bridge'. */
    readonly planeval: PlanevalBridge;
  }
}

export const bridge: PlanevalBridge = window.planeval;
