import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Color, Group, Mesh, MeshBasicMaterial, PerspectiveCamera, SphereGeometry, TorusGeometry, Vector2, Vector3 } from 'three';
import type { OrbitControls } from 'three-stdlib';
import { SCENE_UNITS_PER_MM } from '../../anatomy/frame';
import { cameraAccess, samePose, setCameraAccess, type CameraPoseMm } from '../../state/doctorCamera';
import { putAwayStrokes, showView, useDoctorSession } from '../../state/doctorSession';
import type { ModelIndex } from '../modelIndex';
import { markTarget } from './markTarget';

const MARK_COLOUR = '#ff7a1a';
/** The handout's pictures are printed on paper: a light ground that spends little ink and keeps the bones' shading. */
const PRINT_BACKGROUND = new Color('#eeece6');
/** Drawn over the bone in front, so a mark on a joint at the back still shows. */
const MARK_RENDER_ORDER = 10;
const roundMm = (v: Vector3) => v.toArray().map((n) => Math.round(n / SCENE_UNITS_PER_MM)) as [number, number, number];

/** A bright dot with a ring, in scene units, sized for a joint of about a centimetre. */
function makeMarker(): Group {
  const material = new MeshBasicMaterial({ color: MARK_COLOUR, depthTest: false, transparent: true, opacity: 0.95 });
  const dot = new Mesh(new SphereGeometry(3 * SCENE_UNITS_PER_MM, 16, 12), material);
  const ring = new Mesh(new TorusGeometry(7 * SCENE_UNITS_PER_MM, 1.2 * SCENE_UNITS_PER_MM, 8, 32), material);
  const marker = new Group();
  for (const mesh of [dot, ring]) {
    mesh.renderOrder = MARK_RENDER_ORDER;
    marker.add(mesh);
  }
  marker.name = 'doctor-mark';
  return marker;
}

function disposeMarker(marker: Group): void {
  marker.removeFromParent();
  marker.traverse((object) => {
    if (object instanceof Mesh) object.geometry.dispose();
  });
  ((marker.children[0] as Mesh).material as MeshBasicMaterial).dispose();
}

/**
 * The doctor's marks in the scene, each a child of the bone node its structure moves with, and the camera access the
 * doctor's tools use (pose, recall, snapshot). Strokes are put away when the camera leaves the pose they were drawn on.
 */
export default function DoctorSceneLayer({ index, stepId }: { index: ModelIndex; stepId: string }) {
  const marks = useDoctorSession((s) => s.marks);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const controls = useThree((s) => s.controls) as OrbitControls | null;
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);

  useEffect(() => {
    const markers = marks.flatMap((mark) => {
      const target = markTarget(index, mark);
      if (!target) return [];
      const marker = makeMarker();
      marker.userData.mark = mark;
      marker.position.copy(target.local);
      target.node.add(marker);
      return [marker];
    });
    return () => markers.forEach(disposeMarker);
  }, [index, marks]);

  const pose = useMemo(
    () => (): CameraPoseMm => ({ position: roundMm(camera.position), target: roundMm(controls?.target ?? new Vector3()) }),
    [camera, controls],
  );

  useEffect(() => {
    if (!controls) return;
    setCameraAccess({
      pose,
      hold: () => {
        controls.dispatchEvent({ type: 'start', target: controls });
        controls.dispatchEvent({ type: 'end', target: controls });
      },
      moveTo: (next) => {
        // The rig takes a 'start' as the user's own move: it stops its framing and keeps this view.
        controls.dispatchEvent({ type: 'start', target: controls });
        camera.position.fromArray(next.position).multiplyScalar(SCENE_UNITS_PER_MM);
        controls.target.fromArray(next.target).multiplyScalar(SCENE_UNITS_PER_MM);
        controls.update();
        controls.dispatchEvent({ type: 'end', target: controls });
      },
      centre: () => {
        const { height, width } = gl.domElement.getBoundingClientRect();
        const view = camera.view?.enabled ? camera.view : null;
        const scale = view ? width / view.fullWidth : 1;
        return { x: width / 2 - (view?.offsetX ?? 0) * scale, y: height / 2 - (view?.offsetY ?? 0) * scale, height };
      },
      snapshot: (shotPose, width, height) => {
        const shot = camera.clone();
        shot.clearViewOffset();
        shot.aspect = width / height;
        shot.position.fromArray(shotPose.position).multiplyScalar(SCENE_UNITS_PER_MM);
        shot.lookAt(new Vector3().fromArray(shotPose.target).multiplyScalar(SCENE_UNITS_PER_MM));
        shot.updateProjectionMatrix();
        const size = gl.getSize(new Vector2());
        const ratio = gl.getPixelRatio();
        const background = scene.background;
        gl.setPixelRatio(1);
        gl.setSize(width, height, false);
        scene.background = PRINT_BACKGROUND;
        gl.render(scene, shot);
        const url = gl.domElement.toDataURL('image/png');
        scene.background = background;
        gl.setPixelRatio(ratio);
        gl.setSize(size.x, size.y, false);
        gl.render(scene, camera);
        return url;
      },
    });
    return () => setCameraAccess(null);
  }, [camera, controls, gl, scene, pose]);

  useFrame(() => {
    const session = useDoctorSession.getState();
    const access = cameraAccess();
    if (!access) return;
    const now = pose();
    if (session.pendingView !== null) {
      const view = session.views[session.pendingView];
      if (view) {
        access.moveTo(view.camera);
        showView(session.pendingView);
      }
      return;
    }
    if (session.strokesPose && !samePose(session.strokesPose, now)) putAwayStrokes(stepId);
  });
  return null;
}
