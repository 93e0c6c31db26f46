BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Imgur links where ids are taken' {
    BeforeAll {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        $script:image = Send-ImgurImage -Path (Get-SamplePath -Count 1) -Title 'Linked'
        $script:album = New-ImgurAlbum -Title 'Linked album' -ImageId $image.Id
        $script:post = Get-ImgurGallery | Select-Object -First 1
    }

    BeforeEach { Clear-EmulatorRequest }

    It 'reads the image id from <Link>' -TestCases @(
        @{ Link = 'https://imgur.com/{0}' }
        @{ Link = 'https://i.imgur.com/{0}.png' }
        @{ Link = 'http://m.imgur.com/{0}' }
        @{ Link = 'imgur.com/{0}' }
        @{ Link = 'https://www.imgur.com/{0}?tag=x#top' }
    ) {
        $got = Get-ImgurImage -ImageId ($Link -f $image.Id)

        $got.Id | Should -Be $image.Id
        (Get-EmulatorRequest).path | Should -Be "/3/image/$($image.Id).json"
    }

    It 'reads a 7-letter image id from a thumbnail link' {
        $id = 'AbC1234'
        { Get-ImgurImage -ImageId "https://i.imgur.com/${id}s.jpg" -ErrorAction SilentlyContinue } | Should -Not -Throw
        (Get-EmulatorRequest).path | Should -Be "/3/image/$id.json"
    }

    It 'reads the album id from <Link>' -TestCases @(
        @{ Link = 'https://imgur.com/a/{0}' }
        @{ Link = 'https://imgur.com/a/my-cat-album-{0}' }
    ) {
        (Get-ImgurAlbum -AlbumId ($Link -f $album.Id)).Id | Should -Be $album.Id
        (Get-EmulatorRequest).path | Should -Be "/3/album/$($album.Id).json"
    }

    It 'reads the gallery id from <Link>' -TestCases @(
        @{ Link = 'https://imgur.com/gallery/{0}' }
        @{ Link = 'https://imgur.com/gallery/some-title-{0}' }
        @{ Link = 'imgur.com/t/funny/{0}' }
    ) {
        (Get-ImgurGalleryItem -GalleryId ($Link -f $post.Id)).Id | Should -Be $post.Id
        (Get-EmulatorRequest).path | Should -Be "/3/gallery/$($post.Id).json"
    }

    It 'takes several links and plain ids together' {
        $got = Get-ImgurImage -ImageId "https://imgur.com/$($image.Id)", $image.Id

        $got.Id | Should -Be $image.Id, $image.Id
    }

    It 'refuses a link to the wrong kind: <Case>' -TestCases @(
        @{ Case = 'album link as an image'; Call = { Get-ImgurImage -ImageId "https://imgur.com/a/$($album.Id)" }; Pattern = '*links to an album, but this parameter takes an image*Get-ImgurAlbumImage*' }
        @{ Case = 'image link as an album'; Call = { Get-ImgurAlbum -AlbumId "https://i.imgur.com/$($image.Id).png" }; Pattern = '*links to an image, but this parameter takes an album*' }
        @{ Case = 'gallery link as an image'; Call = { Remove-ImgurImage -ImageId "https://imgur.com/gallery/$($image.Id)" -Force }; Pattern = '*links to a gallery post*Get-ImgurGalleryItem*' }
        @{ Case = 'user page'; Call = { Get-ImgurImage -ImageId 'https://imgur.com/user/someone' }; Pattern = '*does not link to an Imgur image, album or gallery post*' }
    ) {
        $Call | Should -Throw -ExpectedMessage $Pattern
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'refuses a link to another host, and never fetches it: <Link>' -TestCases @(
        @{ Link = 'https://example.com/AbC1234' }
        @{ Link = 'https://imgur.com.example.net/AbC1234' }
        @{ Link = 'https://imgur.com@example.net/AbC1234' }
        @{ Link = 'http://127.0.0.1:8080/3/image/AbC1234' }
        @{ Link = 'ftp://imgur.com/AbC1234' }
    ) {
        { Get-ImgurImage -ImageId $Link } | Should -Throw -ExpectedMessage '*is not an Imgur link*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'says why a gallery album piped to Get-ImgurImage is no image' {
        $galleryAlbum = Get-ImgurGallery | Where-Object IsAlbum | Select-Object -First 1
        $galleryAlbum | Should -Not -BeNullOrEmpty
        Clear-EmulatorRequest

        { $galleryAlbum | Get-ImgurImage -ErrorAction Stop } | Should -Throw -ExpectedMessage "*Album $($galleryAlbum.Id) is not an image*Get-ImgurAlbumImage*"
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'pipes a gallery album into the gallery cmdlets by its own id' {
        $galleryAlbum = Get-ImgurGallery | Where-Object IsAlbum | Select-Object -First 1
        ($galleryAlbum | Get-ImgurGalleryItem).Id | Should -Be $galleryAlbum.Id
    }
}
