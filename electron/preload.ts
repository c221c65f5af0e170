// The preload (sandboxed, bundled to one CommonJS file): exposes window.planeval, and nothing else,
// as thin calls over the IPC channels of shared/ipc.ts. Main checks every sender and request.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcChannel, IpcChannels, PlanevalBridge } from '../shared/ipc';

function invoke<C extends IpcChannel>(channel: C, request: IpcChannels[C]['request']): Promise<IpcChannels[C]['response']> {
  return ipcRenderer.invoke(channel, request);
}

const bridge: PlanevalBridge = {
  openFiles: (request) => invoke('dialog:open-files', request),
  saveFile: (request) => invoke('dialog:save-file', request),
  printToPdf: (request) => invoke('print:to-pdf', request),
  appInfo: () => invoke('app:info', undefined),
};

contextBridge.exposeInMainWorld('planeval', bridge);
