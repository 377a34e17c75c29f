/** A preview of something that does not exist, or that the signed-in user may not read. */
export default function PreviewNotFound() {
  return (
    <main id="main">
      <h1>找不到这条内容</h1>
      <p>这条内容不存在，或您无权查看。请回到管理后台重新打开。</p>
    </main>
  )
}
