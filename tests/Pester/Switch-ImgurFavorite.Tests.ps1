BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Switch-ImgurFavorite' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest
    }

    It 'toggles an image piped to it on and off again' {
        $image = Send-ImgurImage -Path (Get-SamplePath -Count 1)
        Clear-EmulatorRequest

        $on = $image | Switch-ImgurFavorite
        $off = Switch-ImgurFavorite -ImageId $image.ImageId

        $on | Should -BeOfType ImgurPS.Models.ImgurFavoriteResult
        $on.Id | Should -Be $image.Id
        $on.ItemType | Should -Be 'Image'
        $on.IsFavorite | Should -BeTrue
        $off.IsFavorite | Should -BeFalse
        (Get-EmulatorRequest).path | Should -Be @("/3/image/$($image.Id)/favorite.json", "/3/image/$($image.Id)/favorite.json")
    }

    It 'toggles an album that Get-ImgurAlbum pipes to it' {
        $result = Get-ImgurAlbum EmuAlbm | Switch-ImgurFavorite

        $result.ItemType | Should -Be 'Album'
        $result.Id | Should -Be 'EmuAlbm'
        (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be '/3/album/EmuAlbm/favorite.json'
    }

    It 'reads the XML form''s answer the same way' {
        (Switch-ImgurFavorite -AlbumId EmuAlbm -Format Xml).IsFavorite | Should -BeTrue
        (Switch-ImgurFavorite -AlbumId EmuAlbm -Format Xml).IsFavorite | Should -BeFalse
    }

    It 'sends nothing with -WhatIf' {
        Switch-ImgurFavorite -ImageId EmuImg1 -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'needs a signed-in user, before sending' {
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        { Switch-ImgurFavorite -ImageId EmuImg1 -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'reports an unknown image as ObjectNotFound' {
        Switch-ImgurFavorite -ImageId NoSuchImg -ErrorAction SilentlyContinue -ErrorVariable failure | Should -BeNullOrEmpty
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 'NoSuchImg'
    }
}
