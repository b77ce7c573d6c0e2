import { Mesh, MeshBasicMaterial, SphereGeometry, type Object3D } from 'three';
import { SCENE_UNITS_PER_MM } from '../anatomy/frame';
import type { Vec3 } from '../anatomy/landmarks';

/** Radius of the marker where an articular process tip bears on the bone below, mm. */
const MARKER_RADIUS_MM = 2.6;
const MARKERS = 4;

/**
 * Bright spots where, with a badly narrowed disc, the tip of an inferior articular process rests on the lamina
 * below. Drawn through bone so the contact reads in any view.
 */
export class ContactMarkers {
  private readonly meshes: Mesh[] = [];

  constructor(parent: Object3D) {
    const geometry = new SphereGeometry(MARKER_RADIUS_MM * SCENE_UNITS_PER_MM, 16, 12);
    const material = new MeshBasicMaterial({ color: '#ff5a36', depthTest: false, transparent: true, opacity: 0.95 });
    for (let i = 0; i < MARKERS; i++) {
      const mesh = new Mesh(geometry, material);
      mesh.name = 'impingement-contact';
      mesh.renderOrder = 10;
      mesh.visible = false;
      parent.add(mesh);
      this.meshes.push(mesh);
    }
  }

  show(points: readonly Vec3[]): void {
    this.meshes.forEach((mesh, i) => {
      const point = points[i];
      mesh.visible = point !== undefined;
      if (point) mesh.position.set(...point).multiplyScalar(SCENE_UNITS_PER_MM);
    });
  }
}
