/** Local lights only (no downloaded environment maps): a warm key from above-front, a cool fill, a rim from behind. */
export function Lights() {
  return (
    <>
      <hemisphereLight args={['#f4f1ea', '#3a4250', 0.9]} />
      <directionalLight position={[0.35, 0.6, 0.5]} intensity={1.6} color="#fff6e8" />
      <directionalLight position={[-0.5, 0.2, 0.3]} intensity={0.55} color="#dfe9ff" />
      <directionalLight position={[0, 0.3, -0.6]} intensity={0.7} color="#ffffff" />
    </>
  );
}
