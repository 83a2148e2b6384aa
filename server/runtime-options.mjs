// Node flags for the production server. The deployment gives a pod 512 MiB: the request thread's
// heap is capped at 160 MB and each render worker's at 64 MB (render-service.ts), so a busy pod
// stays under 400 MB resident instead of letting V8 grow the heap towards the host's memory. A
// small young generation trades a little throughput for a resident size close to live data.
// Dockerfile and package.json repeat this string; a unit test keeps them in step.
export const NODE_OPTIONS = '--max-old-space-size=160 --max-semi-space-size=8'
